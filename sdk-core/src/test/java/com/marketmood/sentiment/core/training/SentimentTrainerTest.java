package com.marketmood.sentiment.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.marketmood.sentiment.core.evaluation.BinaryEvaluation;
import com.marketmood.sentiment.core.evaluation.EpochRecord;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.testing.SampleMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentimentTrainerTest {

    private static final TrainingConfig TINY =
            Presets.withOverrides(
                    Presets.get(Presets.DEFAULT),
                    List.of(
                            "preset=tiny",
                            "wordMinCount=1",
                            "bigramMinCount=1",
                            "maxTokens=16",
                            "members.0.embeddingSize=8",
                            "members.0.lstmSizes=8,8",
                            "members.0.embeddingDropout=0.1",
                            "members.0.dropout=0.1",
                            "members.0.reversed=true",
                            "members.1.embeddingSize=6",
                            "members.1.lstmSizes=8",
                            "members.1.embeddingDropout=0.1",
                            "members.1.dropout=0.1",
                            "members.2.embeddingSize=4",
                            "members.2.lstmSizes=4",
                            "members.2.embeddingDropout=0.1",
                            "members.2.dropout=0.1",
                            "batchSize=8",
                            "learningRate=0.01",
                            "learningRateDecay=1",
                            "maxEpochs=12",
                            "patience=12",
                            "seed=7"));

    @TempDir Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"PyTorch", "MXNet"})
    void shortTrainingLowersTheLossAndReloadsToTheSameProbabilities(String engine)
            throws Exception {
        SentimentTrainer trainer = new SentimentTrainer(TINY, engine);
        SentimentTrainer.Result result =
                trainer.train(SampleMessages.all(), SampleMessages.all(), tmp.resolve("ckpt"));
        try (SentimentArtifact trained = result.artifact()) {
            List<EpochRecord> history = result.history();
            List<EpochRecord> first = history.stream().filter(r -> r.member() == 0).toList();
            double firstLoss = first.get(0).trainLoss();
            double lastLoss = first.get(first.size() - 1).trainLoss();
            assertTrue(
                    lastLoss < 0.8 * firstLoss, "loss went from " + firstLoss + " to " + lastLoss);
            assertEquals(TINY.members().size(), result.bestEpochs().size());
            assertTrue(
                    BinaryEvaluation.of(result.validationLogits(), result.validationLabels(), 1)
                                    .accuracy()
                            >= 0.9,
                    "the sample is easy to fit: " + history);

            float[] before = trained.logits(SampleMessages.texts());
            Path saved = tmp.resolve("saved");
            trained.save(saved);
            try (SentimentArtifact reloaded = SentimentArtifact.load(saved, engine, Device.cpu())) {
                assertArrayEquals(before, reloaded.logits(SampleMessages.texts()), 1e-6f);
            }

            String other = engine.equals("PyTorch") ? "MXNet" : "PyTorch";
            try (SentimentArtifact crossed = SentimentArtifact.load(saved, other, Device.cpu())) {
                assertEquals(other, crossed.getEngine());
                assertArrayEquals(before, crossed.logits(SampleMessages.texts()), 1e-4f);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"PyTorch"})
    void sameSeedGivesTheSameModel(String engine) throws Exception {
        TrainingConfig config = Presets.withOverrides(TINY, List.of("maxEpochs=3"));
        float[] a;
        float[] b;
        try (SentimentArtifact m =
                new SentimentTrainer(config, engine)
                        .train(SampleMessages.all(), SampleMessages.all(), tmp.resolve("a"))
                        .artifact()) {
            a = m.logits(SampleMessages.texts());
        }
        try (SentimentArtifact m =
                new SentimentTrainer(config, engine)
                        .train(SampleMessages.all(), SampleMessages.all(), tmp.resolve("b"))
                        .artifact()) {
            b = m.logits(SampleMessages.texts());
        }
        assertArrayEquals(a, b, 0f);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PyTorch"})
    void anInterruptedRunResumesToTheSameModelWithoutRetrainingFinishedMembers(String engine)
            throws Exception {
        TrainingConfig config = Presets.withOverrides(TINY, List.of("maxEpochs=3", "patience=3"));
        float[] uninterrupted;
        try (SentimentArtifact m =
                new SentimentTrainer(config, engine)
                        .train(SampleMessages.all(), SampleMessages.all(), tmp.resolve("whole"))
                        .artifact()) {
            uninterrupted = m.logits(SampleMessages.texts());
        }

        Path ckpt = tmp.resolve("interrupted");
        SentimentTrainer crashing =
                new SentimentTrainer(config, engine)
                        .onEpoch(
                                r -> {
                                    if (r.member() == 2) {
                                        throw new IllegalStateException("simulated crash");
                                    }
                                });
        assertThrows(
                IllegalStateException.class,
                () -> crashing.train(SampleMessages.all(), SampleMessages.all(), ckpt));

        List<EpochRecord> trainedAgain = new ArrayList<>();
        SentimentTrainer.Result resumed =
                new SentimentTrainer(config, engine)
                        .optResume(true)
                        .onEpoch(trainedAgain::add)
                        .train(SampleMessages.all(), SampleMessages.all(), ckpt);
        try (SentimentArtifact m = resumed.artifact()) {
            assertArrayEquals(uninterrupted, m.logits(SampleMessages.texts()), 0f);
        }
        assertTrue(trainedAgain.stream().allMatch(r -> r.member() == 2), trainedAgain.toString());
        assertEquals(9, resumed.history().size(), "3 epochs of each member, restored or trained");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PyTorch"})
    void resumingARunMadeWithOtherSettingsIsRefused(String engine) throws Exception {
        TrainingConfig config = Presets.withOverrides(TINY, List.of("maxEpochs=1"));
        Path ckpt = tmp.resolve("ckpt");
        new SentimentTrainer(config, engine)
                .train(SampleMessages.all(), SampleMessages.all(), ckpt)
                .artifact()
                .close();
        TrainingConfig other = Presets.withOverrides(config, List.of("learningRate=0.02"));
        IOException e =
                assertThrows(
                        IOException.class,
                        () ->
                                new SentimentTrainer(other, engine)
                                        .optResume(true)
                                        .train(SampleMessages.all(), SampleMessages.all(), ckpt));
        assertTrue(e.getMessage().contains("other settings or data"), e.getMessage());
    }
}
