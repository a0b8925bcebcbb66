package com.marketmood.sentiment.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationReportTest {

    // Test: TP 2 (3, 2), FP 2 (1, 0.5), TN 2 (-2, -3), FN 1 (-1); accuracy 4/7.
    private static final float[] TEST_LOGITS = {3, 2, 1, 0.5f, -1, -2, -3};
    private static final boolean[] TEST_LABELS = {true, true, false, false, true, false, false};
    private static final double TEMPERATURE = 1.7;

    @TempDir Path directory;

    private static Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("preset", "small");
        facts.put("engine", "PyTorch");
        facts.put("split", "80/10/10 | seeded");
        facts.put("trainingTime", Duration.ofSeconds(75));
        facts.put("epochs", 2);
        return facts;
    }

    private static List<EpochRecord> history() {
        return List.of(
                new EpochRecord(0, 1, 0.69, 0.55, 0.66, 0.6, 0.65, 12.5),
                new EpochRecord(0, 2, 0.55, 0.7, 0.6, 0.68, Double.NaN, 11.25));
    }

    private static EvaluationReport report() {
        // The validation split holds only bearish messages, so its ROC AUC is undefined.
        BinaryEvaluation validation =
                BinaryEvaluation.of(new float[] {-1, 1}, new boolean[] {false, false}, 1);
        return EvaluationReport.builder()
                .facts(facts())
                .validation(validation)
                .testRaw(BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, 1))
                .testCalibrated(BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, TEMPERATURE))
                .temperature(TEMPERATURE)
                .history(history())
                .build();
    }

    @Test
    void writesJsonThatParsesBack() throws IOException {
        report().write(directory);
        Path json = directory.resolve(EvaluationReport.JSON_FILE);
        assertTrue(Files.isRegularFile(json));
        JsonObject root =
                JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8))
                        .getAsJsonObject();

        JsonObject raw = root.getAsJsonObject("test").getAsJsonObject("raw");
        assertEquals(4.0 / 7, raw.get("accuracy").getAsDouble(), 0.0);
        assertEquals(2, raw.getAsJsonObject("confusionMatrix").get("truePositives").getAsInt());
        assertEquals(5.0 / 6, raw.get("rocAuc").getAsDouble(), 0.0);
        JsonObject calibrated = root.getAsJsonObject("test").getAsJsonObject("calibrated");
        assertEquals(TEMPERATURE, calibrated.get("temperature").getAsDouble(), 0.0);
        assertEquals(TEMPERATURE, root.get("temperature").getAsDouble(), 0.0);
        assertEquals(
                BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, TEMPERATURE).logLoss(),
                calibrated.get("logLoss").getAsDouble(),
                0.0);

        JsonObject validation = root.getAsJsonObject("validation");
        assertTrue(validation.get("rocAuc").isJsonNull(), "an undefined AUC is null");
        assertEquals(0.5, validation.get("accuracy").getAsDouble(), 0.0);

        JsonObject facts = root.getAsJsonObject("facts");
        assertEquals(
                List.of("preset", "engine", "split", "trainingTime", "epochs"),
                new ArrayList<>(facts.keySet()));
        assertEquals("PT1M15S", facts.get("trainingTime").getAsString());
        assertEquals(2, facts.get("epochs").getAsInt());

        assertEquals(2, root.getAsJsonArray("history").size());
        JsonObject second = root.getAsJsonArray("history").get(1).getAsJsonObject();
        assertEquals(2, second.get("epoch").getAsInt());
        assertEquals(11.25, second.get("seconds").getAsDouble(), 0.0);
        assertTrue(second.get("validationAuc").isJsonNull());
        assertEquals(10, root.getAsJsonObject("reliability").getAsJsonArray("calibrated").size());
    }

    @Test
    void writesMarkdownTables() throws IOException {
        report().write(directory);
        Path md = directory.resolve(EvaluationReport.MARKDOWN_FILE);
        assertTrue(Files.isRegularFile(md));
        String text = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(text.contains("| preset | small |"), text);
        assertTrue(text.contains("| split | 80/10/10 \\| seeded |"), text);
        assertTrue(text.indexOf("| preset |") < text.indexOf("| engine |"), "facts in order");
        assertTrue(text.contains("| Accuracy | 0.5000 | 0.5714 | 0.5714 |"), text);
        assertTrue(text.contains("| ROC AUC | n/a | 0.8333 | 0.8333 |"), text);
        assertTrue(text.contains("Test calibrated (T = 1.7000)"), text);
        assertTrue(text.contains("| bullish | 0.5000 | 0.6667 | 0.5714 | 3 |"), text);
        assertTrue(text.contains("| bearish | 0.6667 | 0.5000 | 0.5714 | 4 |"), text);
        assertTrue(text.contains("| Bullish | 2 | 1 |"), text);
        assertTrue(text.contains("| Bearish | 2 | 2 |"), text);
        assertTrue(
                text.contains("| 1 | 0.6900 | 0.5500 | 0.6600 | 0.6000 | 0.6500 | 12.5000 |"),
                text);
        assertTrue(
                text.contains("| 2 | 0.5500 | 0.7000 | 0.6000 | 0.6800 | n/a | 11.2500 |"), text);
        for (String heading :
                List.of("## Model", "## Metrics", "## Per-class", "## Confusion", "## Training")) {
            assertTrue(text.contains(heading), heading);
        }
    }

    @Test
    void theOneCallFormWritesBothFiles() throws IOException {
        Path nested = directory.resolve("a/b");
        EvaluationReport.write(
                nested,
                Map.of(),
                BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, 1),
                BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, 1),
                BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, TEMPERATURE),
                TEMPERATURE,
                List.of());
        assertTrue(Files.size(nested.resolve(EvaluationReport.JSON_FILE)) > 0);
        String md = Files.readString(nested.resolve(EvaluationReport.MARKDOWN_FILE));
        assertTrue(md.contains("No epochs were recorded."), md);
    }

    @Test
    void rejectsEvaluationsThatDoNotFitTogether() {
        BinaryEvaluation raw = BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, 1);
        BinaryEvaluation calibrated = BinaryEvaluation.of(TEST_LOGITS, TEST_LABELS, TEMPERATURE);
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        EvaluationReport.builder()
                                .validation(raw)
                                .testRaw(calibrated)
                                .testCalibrated(calibrated)
                                .temperature(TEMPERATURE)
                                .build());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        EvaluationReport.builder()
                                .validation(raw)
                                .testRaw(raw)
                                .testCalibrated(calibrated)
                                .temperature(2.5)
                                .build());
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        EvaluationReport.builder()
                                .validation(raw)
                                .testRaw(raw)
                                .testCalibrated(calibrated)
                                .build());
        assertThrows(
                NullPointerException.class,
                () ->
                        EvaluationReport.builder()
                                .testRaw(raw)
                                .testCalibrated(calibrated)
                                .temperature(TEMPERATURE)
                                .build());
    }
}
