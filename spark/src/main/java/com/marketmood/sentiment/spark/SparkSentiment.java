package com.marketmood.sentiment.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Bullish/bearish sentiment for Spark data sets, with the same answers as {@code
 * SentimentModel.predict}.
 *
 * <p>{@link #score(Dataset, String)} is the fast path: it scores each partition in batches, one
 * {@code predict} call per batch. {@link #sentiment(Column)} and {@link #register(SparkSession,
 * String, ModelSpec)} give a column function and a SQL function for use inside expressions; they
 * score one message per call, several times slower than batches. Either way each executor JVM loads
 * the model once, on first use, and shares it between its tasks; the engine module on the
 * executors' class path chooses the engine, as in the SDK.
 */
public final class SparkSentiment {

    /** The column added for the label: {@code bullish} or {@code bearish}. */
    public static final String LABEL = "label";

    /** The column added for the probability of {@code bullish}, a double in [0, 1]. */
    public static final String PROBABILITY = "bullish_probability";

    /** Messages per {@code predict} call in {@link #score(Dataset, String)}. */
    public static final int DEFAULT_BATCH_SIZE = 256;

    /** The type of the column and SQL functions' result: {@code struct<label, probability>}. */
    public static final StructType RESULT_TYPE =
            new StructType(
                    new StructField[] {
                        DataTypes.createStructField(LABEL, DataTypes.StringType, false),
                        DataTypes.createStructField(PROBABILITY, DataTypes.DoubleType, false)
                    });

    private SparkSentiment() {}

    /**
     * Scores a text column with the pretrained model, in batches of {@value #DEFAULT_BATCH_SIZE};
     * see {@link #score(Dataset, String, ModelSpec, int)}.
     *
     * @param input the rows to score
     * @param textColumn the name of a string column holding the messages
     * @return the input's columns plus {@value #LABEL} and {@value #PROBABILITY}, lazily
     * @throws IllegalArgumentException if the column is missing or not a string
     */
    public static Dataset<Row> score(Dataset<Row> input, String textColumn) {
        return score(input, textColumn, ModelSpec.pretrained(), DEFAULT_BATCH_SIZE);
    }

    /**
     * Returns the input's columns plus {@value #LABEL} and {@value #PROBABILITY}, scoring each
     * partition in batches. Rows keep their order within each partition. A row whose text is null
     * gets null in both new columns. Input columns named {@value #LABEL} or {@value #PROBABILITY}
     * are replaced.
     *
     * @param input the rows to score
     * @param textColumn the name of a string column holding the messages
     * @param model the model the executors load
     * @param batchSize messages per {@code predict} call (scored in forward passes of up to 64
     *     messages of similar length), at least 1
     * @return the scored rows, lazily: nothing runs until an action
     * @throws IllegalArgumentException if the column is missing or not a string, or the batch size
     *     is below 1
     */
    public static Dataset<Row> score(
            Dataset<Row> input, String textColumn, ModelSpec model, int batchSize) {
        Objects.requireNonNull(model, "model");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
        }
        Dataset<Row> rows = input.drop(LABEL, PROBABILITY);
        StructType schema = rows.schema();
        if (!Arrays.asList(schema.fieldNames()).contains(textColumn)) {
            throw new IllegalArgumentException(
                    "No column '"
                            + textColumn
                            + "' in "
                            + Arrays.toString(schema.fieldNames())
                            + ": name the column that holds the messages");
        }
        int textIndex = schema.fieldIndex(textColumn);
        if (!schema.fields()[textIndex].dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException(
                    "Column '"
                            + textColumn
                            + "' is "
                            + schema.fields()[textIndex].dataType().simpleString()
                            + ", not a string");
        }
        StructType scored =
                schema.add(LABEL, DataTypes.StringType, true)
                        .add(PROBABILITY, DataTypes.DoubleType, true);
        return rows.mapPartitions(
                new PartitionScorer(model, textIndex, batchSize), Encoders.row(scored));
    }

    /**
     * A column of {@link #RESULT_TYPE} with the pretrained model's answer for a text column; null
     * for a null text. Use {@code .getField("label")} and {@code .getField("bullish_probability")}
     * to read it.
     *
     * @param text a string column
     * @return the struct column
     */
    public static Column sentiment(Column text) {
        return sentiment(text, ModelSpec.pretrained());
    }

    /**
     * Like {@link #sentiment(Column)}, with a chosen model.
     *
     * @param text a string column
     * @param model the model the executors load
     * @return the struct column
     */
    public static Column sentiment(Column text, ModelSpec model) {
        return udf(model).apply(text);
    }

    /**
     * The user-defined function behind {@link #sentiment(Column, ModelSpec)}: text to {@link
     * #RESULT_TYPE}.
     *
     * @param model the model the executors load
     * @return the function
     */
    public static UserDefinedFunction udf(ModelSpec model) {
        return functions.udf(new TextScorer(Objects.requireNonNull(model, "model")), RESULT_TYPE);
    }

    /**
     * Registers a SQL function of one string argument returning {@link #RESULT_TYPE}, e.g. {@code
     * SELECT sentiment(message).label FROM messages}.
     *
     * @param spark the session
     * @param name the function's name in SQL
     * @param model the model the executors load
     */
    public static void register(SparkSession spark, String name, ModelSpec model) {
        spark.udf()
                .register(
                        name, new TextScorer(Objects.requireNonNull(model, "model")), RESULT_TYPE);
    }
}
