package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import com.marketmood.sentiment.core.evaluation.BinaryEvaluation;
import com.marketmood.sentiment.core.evaluation.Charts;
import com.marketmood.sentiment.core.evaluation.EvaluationReport;
import com.marketmood.sentiment.core.evaluation.TemperatureScaling;
import com.marketmood.sentiment.core.model.ModelConfig;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.training.SentimentTrainer;
import com.marketmood.sentiment.core.training.TrainingConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Calibrates a trained model on the validation split, evaluates it on the test split and writes the
 * model with its reports, charts and model card.
 */
final class Reports {

    /** The model card's file name. */
    static final String MODEL_CARD = "MODEL_CARD.md";

    private Reports() {}

    /** What an evaluation found. */
    record Outcome(BinaryEvaluation testRaw, BinaryEvaluation testCalibrated, double temperature) {}

    static Outcome write(
            Path modelDir,
            TrainingConfig config,
            SentimentTrainer.Result result,
            StockTwitsData data,
            Path dataLocation)
            throws IOException {
        SentimentArtifact trained = result.artifact();
        double temperature =
                TemperatureScaling.fit(result.validationLogits(), result.validationLabels());
        BinaryEvaluation validation =
                BinaryEvaluation.of(
                        result.validationLogits(), result.validationLabels(), temperature);

        float[] testLogits = trained.logits(texts(data.test()));
        boolean[] testLabels = labels(data.test());
        BinaryEvaluation raw = BinaryEvaluation.of(testLogits, testLabels, 1.0);
        BinaryEvaluation calibrated = BinaryEvaluation.of(testLogits, testLabels, temperature);

        SentimentArtifact calibratedModel =
                trained.withConfig(trained.getConfig().withTemperature(temperature));
        calibratedModel.save(modelDir);

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("model", SentimentArtifact.MODEL_NAME);
        facts.put("preset", config.preset());
        facts.put("engine", trained.getConfig().engine());
        facts.put("data", "StockTwits $SPY 2017 (" + dataLocation.getFileName() + ")");
        facts.put(
                "split",
                "fixed split: train "
                        + data.train().size()
                        + ", validation "
                        + data.validation().size()
                        + ", test "
                        + data.test().size());
        facts.put("trained", LocalDate.now(ZoneOffset.UTC).toString());
        facts.put("trainingSeconds", Math.round(result.seconds() * 10) / 10.0);
        facts.put("members", config.members().size());
        facts.put("bestEpochs", result.bestEpochs());
        facts.put("epochsRun", result.history().size());
        facts.put("wordVocabulary", trained.getEncoder().words().size());
        facts.put(
                "bigramVocabulary",
                trained.getEncoder().bigrams() == null ? 0 : trained.getEncoder().bigrams().size());
        facts.put("config", config);

        EvaluationReport.write(
                modelDir, facts, validation, raw, calibrated, temperature, result.history());
        for (int i = 0; i < config.members().size(); i++) {
            int member = i;
            Charts.trainingCurves(
                    result.history().stream().filter(r -> r.member() == member).toList(),
                    modelDir.resolve("training-curves-member-" + i + ".png"));
        }
        Charts.rocCurve(calibrated, modelDir.resolve("roc.png"));
        Charts.reliabilityDiagram(raw, calibrated, modelDir.resolve("reliability.png"));
        writeModelCard(modelDir, facts, trained.getConfig(), raw, calibrated, temperature);
        return new Outcome(raw, calibrated, temperature);
    }

    private static void writeModelCard(
            Path dir,
            Map<String, Object> facts,
            ModelConfig model,
            BinaryEvaluation raw,
            BinaryEvaluation calibrated,
            double temperature)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: ").append(SentimentArtifact.MODEL_NAME).append("\n\n");
        sb.append("Classifies StockTwits messages as bullish or bearish. ")
                .append(
                        model.members().size() == 1
                                ? "One LSTM stack on DJL."
                                : "An ensemble of "
                                        + model.members().size()
                                        + " LSTM stacks on DJL, logits averaged.")
                .append("\n\n");
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            if (!e.getKey().equals("config")) {
                sb.append("- ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            }
        }
        for (int i = 0; i < model.members().size(); i++) {
            sb.append("- member ")
                    .append(i)
                    .append(": ")
                    .append(model.members().get(i))
                    .append('\n');
        }
        sb.append(String.format(Locale.ROOT, "- calibration temperature: %.4f%n%n", temperature));
        sb.append("## Test split (9,697 messages, never used for training or tuning)\n\n");
        sb.append("| metric | value |\n|---|---|\n");
        row(sb, "accuracy", calibrated.accuracy());
        row(sb, "ROC AUC", calibrated.rocAuc());
        row(sb, "F1 bullish", calibrated.f1(true));
        row(sb, "F1 bearish", calibrated.f1(false));
        row(sb, "ECE (10 bins), raw", raw.expectedCalibrationError());
        row(sb, "ECE (10 bins), calibrated", calibrated.expectedCalibrationError());
        row(sb, "log loss, calibrated", calibrated.logLoss());
        sb.append("\nFull figures: evaluation.md / evaluation.json.\n");
        Files.writeString(dir.resolve(MODEL_CARD), sb.toString(), StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder sb, String name, double value) {
        sb.append(String.format(Locale.ROOT, "| %s | %.4f |%n", name, value));
    }

    static List<String> texts(List<Message> messages) {
        return messages.stream().map(Message::text).toList();
    }

    static boolean[] labels(List<Message> messages) {
        boolean[] out = new boolean[messages.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = messages.get(i).bullish();
        }
        return out;
    }
}
