package com.marketmood.sentiment.core.evaluation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evaluation report of a trained model: {@value #JSON_FILE} for programs and {@value
 * #MARKDOWN_FILE} for people, written side by side into one directory.
 *
 * <p>The report holds the model facts (preset, engine, data, split, training time and the like,
 * kept in the order given), the validation metrics, the test metrics at temperature 1 ("raw") and
 * at the temperature fitted on the validation split ("calibrated"), that temperature, and the
 * training history. Build it with {@link #builder()}, or write it in one call with {@link
 * #write(Path, Map, BinaryEvaluation, BinaryEvaluation, BinaryEvaluation, double, List)}.
 *
 * <p>The JSON is pretty-printed, with numbers in full precision; numbers that are not finite (an
 * undefined ROC AUC, say) are written as {@code null}. Its top-level keys are {@code facts}, {@code
 * temperature}, {@code validation}, {@code test} (with {@code raw} and {@code calibrated}, each as
 * in {@link BinaryEvaluation#toMap()}), {@code reliability} (the bins of each test evaluation) and
 * {@code history}. The Markdown rounds to 4 decimals.
 *
 * <p>Instances are immutable.
 */
public final class EvaluationReport {

    /** The name of the JSON file. */
    public static final String JSON_FILE = "evaluation.json";

    /** The name of the Markdown file. */
    public static final String MARKDOWN_FILE = "evaluation.md";

    private static final Logger LOGGER = LoggerFactory.getLogger(EvaluationReport.class);
    private static final double TEMPERATURE_TOLERANCE = 1e-9;

    private static final Gson GSON =
            new GsonBuilder()
                    .setPrettyPrinting()
                    .serializeNulls()
                    .disableHtmlEscaping()
                    .registerTypeAdapter(Double.class, new FiniteDoubleAdapter())
                    .registerTypeAdapter(Float.class, new FiniteFloatAdapter())
                    .create();

    private final Map<String, Object> facts;
    private final BinaryEvaluation validation;
    private final BinaryEvaluation testRaw;
    private final BinaryEvaluation testCalibrated;
    private final double temperature;
    private final List<EpochRecord> history;

    private EvaluationReport(Builder builder) {
        this.facts = Collections.unmodifiableMap(new LinkedHashMap<>(builder.facts));
        this.validation = Objects.requireNonNull(builder.validation, "validation");
        this.testRaw = Objects.requireNonNull(builder.testRaw, "testRaw");
        this.testCalibrated = Objects.requireNonNull(builder.testCalibrated, "testCalibrated");
        this.temperature = builder.temperature;
        this.history = List.copyOf(builder.history);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException(
                    "The fitted temperature must be finite and above 0, not " + temperature);
        }
        if (testRaw.temperature() != 1) {
            throw new IllegalArgumentException(
                    "The raw test evaluation must be at temperature 1, not "
                            + testRaw.temperature());
        }
        if (Math.abs(testCalibrated.temperature() - temperature)
                > TEMPERATURE_TOLERANCE * temperature) {
            throw new IllegalArgumentException(
                    "The calibrated test evaluation is at temperature "
                            + testCalibrated.temperature()
                            + ", not the fitted "
                            + temperature);
        }
        if (testRaw.count() != testCalibrated.count()) {
            throw new IllegalArgumentException(
                    "The raw and calibrated test evaluations differ in size: "
                            + testRaw.count()
                            + " and "
                            + testCalibrated.count());
        }
    }

    /**
     * Starts a report.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes a report in one call; see {@link Builder} for the meaning of each argument.
     *
     * @param directory the directory to write into, created if missing
     * @param facts the model facts, in the order to show them
     * @param validation the validation metrics
     * @param testRaw the test metrics at temperature 1
     * @param testCalibrated the test metrics at the fitted temperature
     * @param temperature the temperature fitted on the validation split
     * @param history the training history, one record an epoch
     * @return the report written
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if the evaluations do not fit together as {@link
     *     Builder#build()} requires
     * @throws NullPointerException if an argument is {@code null}
     */
    public static EvaluationReport write(
            Path directory,
            Map<String, ?> facts,
            BinaryEvaluation validation,
            BinaryEvaluation testRaw,
            BinaryEvaluation testCalibrated,
            double temperature,
            List<EpochRecord> history)
            throws IOException {
        EvaluationReport report =
                builder()
                        .facts(facts)
                        .validation(validation)
                        .testRaw(testRaw)
                        .testCalibrated(testCalibrated)
                        .temperature(temperature)
                        .history(history)
                        .build();
        report.write(directory);
        return report;
    }

    /**
     * Writes {@value #JSON_FILE} and {@value #MARKDOWN_FILE} into a directory, replacing any
     * already there.
     *
     * @param directory the directory, created if missing
     * @throws IOException if a file cannot be written
     */
    public void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON_FILE);
        Path markdown = directory.resolve(MARKDOWN_FILE);
        Files.writeString(json, toJson(), StandardCharsets.UTF_8);
        Files.writeString(markdown, toMarkdown(), StandardCharsets.UTF_8);
        LOGGER.info("Wrote the evaluation report to {} and {}", json, markdown);
    }

    /**
     * The model facts, in the order given.
     *
     * @return an unmodifiable map
     */
    public Map<String, Object> facts() {
        return facts;
    }

    /**
     * The validation metrics.
     *
     * @return the validation evaluation
     */
    public BinaryEvaluation validation() {
        return validation;
    }

    /**
     * The test metrics at temperature 1.
     *
     * @return the raw test evaluation
     */
    public BinaryEvaluation testRaw() {
        return testRaw;
    }

    /**
     * The test metrics at the fitted temperature.
     *
     * @return the calibrated test evaluation
     */
    public BinaryEvaluation testCalibrated() {
        return testCalibrated;
    }

    /**
     * The temperature fitted on the validation split.
     *
     * @return the temperature
     */
    public double temperature() {
        return temperature;
    }

    /**
     * The training history.
     *
     * @return an unmodifiable list, one record an epoch
     */
    public List<EpochRecord> history() {
        return history;
    }

    /**
     * The report as pretty-printed JSON, the content of {@value #JSON_FILE}.
     *
     * @return the JSON text, ending with a line break
     */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("facts", plainFacts(facts));
        root.put("temperature", temperature);
        root.put("validation", validation.toMap());
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("raw", testRaw.toMap());
        test.put("calibrated", testCalibrated.toMap());
        root.put("test", test);
        Map<String, Object> reliability = new LinkedHashMap<>();
        reliability.put("raw", binMaps(testRaw));
        reliability.put("calibrated", binMaps(testCalibrated));
        root.put("reliability", reliability);
        List<Map<String, Object>> epochs = new ArrayList<>(history.size());
        for (EpochRecord record : history) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("member", record.member());
            row.put("epoch", record.epoch());
            row.put("trainLoss", record.trainLoss());
            row.put("trainAccuracy", record.trainAccuracy());
            row.put("validationLoss", record.validationLoss());
            row.put("validationAccuracy", record.validationAccuracy());
            row.put("validationAuc", record.validationAuc());
            row.put("seconds", record.seconds());
            epochs.add(row);
        }
        root.put("history", epochs);
        return GSON.toJson(root) + "\n";
    }

    /**
     * The report as Markdown, the content of {@value #MARKDOWN_FILE}: the facts, the metrics
     * (validation, raw test, calibrated test), the per-class metrics, the confusion matrix and the
     * training history, as tables with numbers to 4 decimals.
     *
     * @return the Markdown text
     */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Sentiment model evaluation\n\n");

        md.append("## Model\n\n");
        if (facts.isEmpty()) {
            md.append("No facts were given.\n\n");
        } else {
            md.append("| Fact | Value |\n| --- | --- |\n");
            for (Map.Entry<String, Object> fact : facts.entrySet()) {
                row(md, cell(fact.getKey()), cell(String.valueOf(fact.getValue())));
            }
            md.append('\n');
        }

        md.append("## Metrics\n\n");
        md.append("The temperature was fitted on the validation split: T = ")
                .append(number(temperature))
                .append(". The bullish class is the positive one.\n\n");
        md.append("| Metric | Validation (T = ")
                .append(number(validation.temperature()))
                .append(") | Test raw (T = 1) | Test calibrated (T = ")
                .append(number(temperature))
                .append(") |\n| --- | ---: | ---: | ---: |\n");
        row(
                md,
                "Messages",
                Integer.toString(validation.count()),
                Integer.toString(testRaw.count()),
                Integer.toString(testCalibrated.count()));
        metricRow(
                md,
                "Accuracy",
                validation.accuracy(),
                testRaw.accuracy(),
                testCalibrated.accuracy());
        metricRow(md, "ROC AUC", validation.rocAuc(), testRaw.rocAuc(), testCalibrated.rocAuc());
        metricRow(
                md,
                "ECE (" + BinaryEvaluation.CALIBRATION_BINS + " bins)",
                validation.expectedCalibrationError(),
                testRaw.expectedCalibrationError(),
                testCalibrated.expectedCalibrationError());
        metricRow(
                md,
                "Brier score",
                validation.brierScore(),
                testRaw.brierScore(),
                testCalibrated.brierScore());
        metricRow(
                md, "Log loss", validation.logLoss(), testRaw.logLoss(), testCalibrated.logLoss());
        md.append('\n');

        boolean sameLabels = sameConfusion(testRaw, testCalibrated);
        md.append("## Per-class metrics (test)\n\n");
        if (sameLabels) {
            md.append(
                    "Dividing the logits by a positive temperature predicts the same labels, so"
                            + " these hold raw and calibrated alike.\n\n");
        }
        md.append("| Class | Precision | Recall | F1 | Support |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        classRows(md, testRaw, sameLabels ? "" : " (raw)");
        if (!sameLabels) {
            classRows(md, testCalibrated, " (calibrated)");
        }
        md.append('\n');

        md.append("## Confusion matrix (test)\n\n");
        confusion(md, testRaw, sameLabels ? "" : "Raw");
        if (!sameLabels) {
            confusion(md, testCalibrated, "Calibrated");
        }

        md.append("## Training history\n\n");
        if (history.isEmpty()) {
            md.append("No epochs were recorded.\n");
        } else {
            md.append(
                    "| Member | Epoch | Train loss | Train accuracy | Validation loss | Validation accuracy"
                            + " | Validation AUC | Seconds |\n");
            md.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            for (EpochRecord record : history) {
                row(
                        md,
                        Integer.toString(record.member()),
                        Integer.toString(record.epoch()),
                        number(record.trainLoss()),
                        number(record.trainAccuracy()),
                        number(record.validationLoss()),
                        number(record.validationAccuracy()),
                        number(record.validationAuc()),
                        number(record.seconds()));
            }
        }
        return md.toString();
    }

    private static void metricRow(
            StringBuilder md, String name, double validation, double raw, double calibrated) {
        row(md, name, number(validation), number(raw), number(calibrated));
    }

    private static void classRows(StringBuilder md, BinaryEvaluation evaluation, String suffix) {
        for (boolean bullish : new boolean[] {true, false}) {
            row(
                    md,
                    (bullish ? "bullish" : "bearish") + suffix,
                    number(evaluation.precision(bullish)),
                    number(evaluation.recall(bullish)),
                    number(evaluation.f1(bullish)),
                    Integer.toString(evaluation.support(bullish)));
        }
    }

    private static void confusion(StringBuilder md, BinaryEvaluation evaluation, String title) {
        if (!title.isEmpty()) {
            md.append(title)
                    .append(" (T = ")
                    .append(number(evaluation.temperature()))
                    .append("):\n\n");
        }
        md.append("| Actual \\ predicted | Bullish | Bearish |\n| --- | ---: | ---: |\n");
        row(
                md,
                "Bullish",
                Integer.toString(evaluation.truePositives()),
                Integer.toString(evaluation.falseNegatives()));
        row(
                md,
                "Bearish",
                Integer.toString(evaluation.falsePositives()),
                Integer.toString(evaluation.trueNegatives()));
        md.append('\n');
    }

    private static boolean sameConfusion(BinaryEvaluation a, BinaryEvaluation b) {
        return a.truePositives() == b.truePositives()
                && a.falsePositives() == b.falsePositives()
                && a.trueNegatives() == b.trueNegatives()
                && a.falseNegatives() == b.falseNegatives();
    }

    private static void row(StringBuilder md, String... cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell).append(" |");
        }
        md.append('\n');
    }

    /** Makes text safe inside a Markdown table cell. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("\r\n", " ")
                .replace('\n', ' ')
                .replace('\r', ' ');
    }

    /** A number to 4 decimals, or "n/a" when it is not finite. */
    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "n/a";
    }

    private static List<Map<String, Object>> binMaps(BinaryEvaluation evaluation) {
        List<Map<String, Object>> bins = new ArrayList<>();
        for (ReliabilityBin bin : evaluation.reliabilityBins()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("lower", bin.lower());
            map.put("upper", bin.upper());
            map.put("count", bin.count());
            map.put("meanPredicted", bin.meanPredicted());
            map.put("observedFraction", bin.observedFraction());
            bins.add(map);
        }
        return bins;
    }

    /**
     * Keeps numbers, booleans, strings, maps and collections as they are for Gson and turns any
     * other value into its string form, so that no type is serialised by reflection.
     */
    private static Object plainFacts(Object value) {
        if (value == null
                || value instanceof Number
                || value instanceof Boolean
                || value instanceof String) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(String.valueOf(entry.getKey()), plainFacts(entry.getValue()));
            }
            return copy;
        }
        if (value instanceof Collection<?> collection) {
            List<Object> copy = new ArrayList<>(collection.size());
            for (Object element : collection) {
                copy.add(plainFacts(element));
            }
            return copy;
        }
        return String.valueOf(value);
    }

    /** Writes doubles in full, and those that are not finite as {@code null}. */
    private static final class FiniteDoubleAdapter extends TypeAdapter<Double> {
        @Override
        public void write(JsonWriter out, Double value) throws IOException {
            if (value == null || !Double.isFinite(value)) {
                out.nullValue();
            } else {
                out.value(value.doubleValue());
            }
        }

        @Override
        public Double read(JsonReader in) throws IOException {
            throw new UnsupportedOperationException("The report is written, not read");
        }
    }

    /** Writes floats, and those that are not finite as {@code null}. */
    private static final class FiniteFloatAdapter extends TypeAdapter<Float> {
        @Override
        public void write(JsonWriter out, Float value) throws IOException {
            if (value == null || !Float.isFinite(value)) {
                out.nullValue();
            } else {
                out.value(value);
            }
        }

        @Override
        public Float read(JsonReader in) throws IOException {
            throw new UnsupportedOperationException("The report is written, not read");
        }
    }

    /**
     * Collects the parts of an {@link EvaluationReport}. The facts and the history default to
     * empty; the three evaluations and the temperature are required.
     */
    public static final class Builder {
        private final Map<String, Object> facts = new LinkedHashMap<>();
        private BinaryEvaluation validation;
        private BinaryEvaluation testRaw;
        private BinaryEvaluation testCalibrated;
        private double temperature = Double.NaN;
        private List<EpochRecord> history = List.of();

        private Builder() {}

        /**
         * Sets the model facts: preset, engine, data, split, training time and the like. They are
         * written as given, in the map's iteration order; pass a {@link LinkedHashMap} to choose
         * it. Values other than numbers, booleans, strings, maps and collections are written as
         * their {@code toString()}.
         *
         * @param facts the facts, replacing any set before
         * @return this builder
         */
        public Builder facts(Map<String, ?> facts) {
            this.facts.clear();
            this.facts.putAll(Objects.requireNonNull(facts, "facts"));
            return this;
        }

        /**
         * Adds one model fact after those already set.
         *
         * @param name the name of the fact
         * @param value its value
         * @return this builder
         */
        public Builder fact(String name, Object value) {
            facts.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Sets the validation metrics, at whatever temperature they were computed.
         *
         * @param validation the validation evaluation
         * @return this builder
         */
        public Builder validation(BinaryEvaluation validation) {
            this.validation = Objects.requireNonNull(validation, "validation");
            return this;
        }

        /**
         * Sets the test metrics at temperature 1.
         *
         * @param testRaw the raw test evaluation
         * @return this builder
         */
        public Builder testRaw(BinaryEvaluation testRaw) {
            this.testRaw = Objects.requireNonNull(testRaw, "testRaw");
            return this;
        }

        /**
         * Sets the test metrics at the fitted temperature.
         *
         * @param testCalibrated the calibrated test evaluation
         * @return this builder
         */
        public Builder testCalibrated(BinaryEvaluation testCalibrated) {
            this.testCalibrated = Objects.requireNonNull(testCalibrated, "testCalibrated");
            return this;
        }

        /**
         * Sets the temperature fitted on the validation split, as from {@link
         * TemperatureScaling#fit(float[], boolean[])}.
         *
         * @param temperature the fitted temperature
         * @return this builder
         */
        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        /**
         * Sets the training history.
         *
         * @param history one record an epoch, in order
         * @return this builder
         */
        public Builder history(List<EpochRecord> history) {
            this.history = List.copyOf(Objects.requireNonNull(history, "history"));
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws NullPointerException if an evaluation is missing
         * @throws IllegalArgumentException if the temperature is missing or not above 0, the raw
         *     test evaluation is not at temperature 1, the calibrated one is not at the fitted
         *     temperature, or the two test evaluations differ in size
         */
        public EvaluationReport build() {
            return new EvaluationReport(this);
        }
    }
}
