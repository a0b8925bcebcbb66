package com.marketmood.sentiment.core.testing;

import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.training.Presets;
import com.marketmood.sentiment.core.training.SentimentTrainer;
import com.marketmood.sentiment.core.training.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** A small model trained once per test run on {@link SampleMessages}, saved to a folder. */
public final class TinyModel {

    /** A small three-member configuration of the default preset's shape. */
    public static final TrainingConfig CONFIG =
            Presets.withOverrides(
                    Presets.get(Presets.DEFAULT),
                    List.of(
                            "preset=tiny",
                            "wordMinCount=1",
                            "bigramMinCount=1",
                            "maxTokens=8",
                            "members.0.embeddingSize=8",
                            "members.0.lstmSizes=8,8",
                            "members.1.embeddingSize=6",
                            "members.1.lstmSizes=8",
                            "members.1.reversed=true",
                            "members.2.embeddingSize=8",
                            "members.2.lstmSizes=8",
                            "members.2.embeddingDropout=0.1",
                            "members.2.dropout=0.1",
                            "batchSize=8",
                            "learningRate=0.01",
                            "learningRateDecay=1",
                            "maxEpochs=8",
                            "patience=8",
                            "seed=3"));

    private static Path dir;

    private TinyModel() {}

    /**
     * Returns the folder of the trained model, training it on first use.
     *
     * @return a model folder; do not modify it, copy it with {@link #copyTo(Path)}
     */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path root = Files.createTempDirectory("tiny-model-");
                SentimentTrainer trainer = new SentimentTrainer(CONFIG, "PyTorch");
                try (SentimentArtifact artifact =
                        trainer.train(
                                        SampleMessages.all(),
                                        SampleMessages.all(),
                                        root.resolve("model"))
                                .artifact()) {
                    dir = root.resolve("model");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /**
     * Copies the model folder, for tests that damage it.
     *
     * @param target the new folder
     * @return the copy
     */
    public static Path copyTo(Path target) {
        try {
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(dir())) {
                for (Path f : files.toList()) {
                    Files.copy(
                            f,
                            target.resolve(f.getFileName()),
                            StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
