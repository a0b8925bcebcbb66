package com.marketmood.sentiment.spark;

import com.marketmood.sentiment.core.aggregate.TimeBucket;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Spark job that reads messages from Parquet, CSV or JSON Lines, scores them and writes the input
 * plus {@code label} and {@code bullish_probability}.
 *
 * <pre>
 * spark-submit --class com.marketmood.sentiment.spark.ScoreJob ... sentiment-spark.jar \
 *     --input messages.csv --output scored.parquet [--text-column message] [--batch-size 256]
 * </pre>
 *
 * <p>Options: {@code --input PATH} and {@code --output PATH} (required); {@code --input-format} and
 * {@code --output-format}: {@code parquet}, {@code csv} (with a header; quoted cells may span
 * lines) or {@code json} (JSON Lines), by default from the path's extension, else Parquet; {@code
 * --text-column} (default {@code message}); {@code --batch-size} (default 256); {@code --partitions
 * N} (spread the rows over N partitions before scoring; a gzip or multi-line CSV file is read as
 * one partition, which one core would score alone); {@code --mode} (Spark's save mode, default
 * {@code errorifexists}); {@code --model}, {@code --version}, {@code --model-path}, {@code
 * --engine}, {@code --device} as in {@link ModelSpec}; {@code --aggregate PATH} also writes the
 * per-ticker sentiment indices of the scored rows there ({@link SparkIndices}, the same figures as
 * the {@code aggregate} command), by {@code --time-column} and {@code --bucket} (hour, day or week;
 * default day) when a time column is named.
 */
public final class ScoreJob {

    private static final Logger logger = LoggerFactory.getLogger(ScoreJob.class);

    private static final List<String> OPTIONS =
            List.of(
                    "--input",
                    "--output",
                    "--input-format",
                    "--output-format",
                    "--text-column",
                    "--batch-size",
                    "--partitions",
                    "--mode",
                    "--model",
                    "--version",
                    "--model-path",
                    "--engine",
                    "--device",
                    "--aggregate",
                    "--time-column",
                    "--bucket");

    private ScoreJob() {}

    /**
     * Runs the job in the session {@code spark-submit} sets up.
     *
     * @param args the options described in the class comment
     */
    public static void main(String[] args) {
        Map<String, String> options = parse(args);
        SparkSession spark = SparkSession.builder().appName("sentiment-score").getOrCreate();
        try {
            long start = System.nanoTime();
            run(spark, options);
            double seconds = (System.nanoTime() - start) / 1e9;
            logger.info(
                    "Scored {} into {} in {} s",
                    options.get("--input"),
                    options.get("--output"),
                    String.format(Locale.ROOT, "%.1f", seconds));
            // Read back, so that the log shows what was written: rows per label (null: no text).
            String output = options.get("--output");
            Dataset<Row> written =
                    reader(spark, format(options.get("--output-format"), output)).load(output);
            for (Row row : written.groupBy(SparkSentiment.LABEL).count().collectAsList()) {
                logger.info("label {}: {} rows", row.get(0), row.get(1));
            }
        } finally {
            spark.stop();
        }
    }

    /**
     * Reads, scores and writes.
     *
     * @param spark the session
     * @param args the options described in the class comment
     * @throws IllegalArgumentException for a missing, unknown or invalid option, or a text column
     *     the input lacks
     */
    public static void run(SparkSession spark, String... args) {
        run(spark, parse(args));
    }

    private static void run(SparkSession spark, Map<String, String> options) {
        String input = required(options, "--input");
        String output = required(options, "--output");
        String inputFormat = format(options.get("--input-format"), input);
        String outputFormat = format(options.get("--output-format"), output);
        int batchSize =
                Integer.parseInt(
                        options.getOrDefault(
                                "--batch-size",
                                Integer.toString(SparkSentiment.DEFAULT_BATCH_SIZE)));
        ModelSpec model =
                new ModelSpec(
                        options.get("--model"),
                        options.get("--version"),
                        options.get("--model-path"),
                        options.get("--engine"),
                        options.get("--device"));

        Dataset<Row> rows = reader(spark, inputFormat).load(input);
        if (options.containsKey("--partitions")) {
            rows = rows.repartition(Integer.parseInt(options.get("--partitions")));
        }
        Dataset<Row> scored =
                SparkSentiment.score(
                        rows, options.getOrDefault("--text-column", "message"), model, batchSize);
        writer(scored, outputFormat)
                .mode(options.getOrDefault("--mode", "errorifexists"))
                .save(output);

        String aggregate = options.get("--aggregate");
        if (aggregate != null) {
            // From what was written, so that the messages are not scored a second time.
            String timeColumn = options.get("--time-column");
            Dataset<Row> indices =
                    SparkIndices.aggregate(
                            reader(spark, outputFormat).load(output),
                            options.getOrDefault("--text-column", "message"),
                            timeColumn,
                            timeColumn == null
                                    ? null
                                    : TimeBucket.parse(options.getOrDefault("--bucket", "day")));
            writer(indices.coalesce(1), format(null, aggregate))
                    .mode(options.getOrDefault("--mode", "errorifexists"))
                    .save(aggregate);
        }
    }

    private static DataFrameReader reader(SparkSession spark, String format) {
        DataFrameReader reader = spark.read().format(format);
        if (format.equals("csv")) {
            reader = reader.option("header", true).option("multiLine", true).option("escape", "\"");
        }
        return reader;
    }

    private static DataFrameWriter<Row> writer(Dataset<Row> rows, String format) {
        DataFrameWriter<Row> writer = rows.write().format(format);
        if (format.equals("csv")) {
            writer = writer.option("header", true).option("escape", "\"");
        }
        return writer;
    }

    /** Parquet, CSV or JSON, from the option or else the path's extension; Parquet otherwise. */
    static String format(String option, String path) {
        String name = (option != null ? option : extension(path)).toLowerCase(Locale.ROOT);
        switch (name) {
            case "csv":
                return "csv";
            case "json":
            case "jsonl":
            case "ndjson":
                return "json";
            case "parquet":
            case "":
                return "parquet";
            default:
                if (option != null) {
                    throw new IllegalArgumentException(
                            "Unknown format '" + option + "': choose parquet, csv or json");
                }
                return "parquet";
        }
    }

    private static String extension(String path) {
        String name = path.replaceAll("/+$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException(
                        "Unknown option '" + args[i] + "': the options are " + OPTIONS);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Option " + args[i] + " needs a value");
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Option " + name + " is required");
        }
        return value;
    }
}
