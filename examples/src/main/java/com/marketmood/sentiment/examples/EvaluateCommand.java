package com.marketmood.sentiment.examples;

import ai.djl.Device;
import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.evaluation.BinaryEvaluation;
import com.marketmood.sentiment.core.inference.DjlSentimentModelProvider;
import com.marketmood.sentiment.core.inference.EngineSelector;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.spi.LoadRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Evaluates any model on the fixed validation and test splits. */
@Command(
        name = "evaluate",
        description = "Prints accuracy, ROC AUC, F1 and calibration of a model on the fixed split.")
final class EvaluateCommand implements Callable<Integer> {

    @Mixin ModelOptions model;

    @Option(
            names = "--data",
            required = true,
            description = "Folder of the data set (holding the CSV and split/), or the CSV file.")
    Path data;

    @Override
    public Integer call() throws Exception {
        String engine = EngineSelector.select(model.engine);
        Device device = EngineSelector.device(model.device, engine);
        Path dir = modelDir();
        StockTwitsData dataset = StockTwitsData.load(data);
        try (SentimentArtifact artifact = SentimentArtifact.load(dir, engine, device)) {
            double t = artifact.getConfig().temperature();
            System.out.printf(Locale.ROOT, "model %s on %s (temperature %.4f)%n", dir, engine, t);
            print("validation", artifact, dataset.validation(), t);
            print("test", artifact, dataset.test(), t);
        }
        return 0;
    }

    private Path modelDir() throws Exception {
        return DjlSentimentModelProvider.modelDir(
                new LoadRequest(model.name, model.version, model.path, model.zoo, null, null));
    }

    private static void print(
            String split,
            SentimentArtifact artifact,
            List<StockTwitsData.Message> messages,
            double temperature) {
        float[] logits = artifact.logits(Reports.texts(messages));
        BinaryEvaluation e = BinaryEvaluation.of(logits, Reports.labels(messages), temperature);
        System.out.printf(
                Locale.ROOT,
                "%-10s n=%d accuracy %.4f  ROC AUC %.4f  F1 bullish %.4f  F1 bearish %.4f  ECE %.4f"
                        + "  log loss %.4f%n",
                split,
                e.count(),
                e.accuracy(),
                e.rocAuc(),
                e.f1(true),
                e.f1(false),
                e.expectedCalibrationError(),
                e.logLoss());
    }
}
