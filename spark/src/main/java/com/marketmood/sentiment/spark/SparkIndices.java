package com.marketmood.sentiment.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.marketmood.sentiment.core.aggregate.Cashtags;
import com.marketmood.sentiment.core.aggregate.GroupIndex;
import com.marketmood.sentiment.core.aggregate.TimeBucket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per-ticker (and per-time-bucket) sentiment indices of scored rows, computed by Spark with the
 * same definitions and code as the {@code aggregate} command ({@link Cashtags}, {@link TimeBucket},
 * {@link GroupIndex}): a row counts once for every distinct cashtag in its text; rows without a
 * bullish/bearish label, a probability in [0, 1] or (when grouping by time) a readable timestamp
 * are left out, as the command skips them.
 */
public final class SparkIndices {

    /** The columns of the result, in order; {@code bucket} only when grouping by time. */
    public static final List<String> COLUMNS =
            List.of(
                    "ticker",
                    "bucket",
                    "messages",
                    "bullish",
                    "bearish",
                    "mean_bullish_probability",
                    "bullishness",
                    "agreement");

    private static final StructType FIGURES =
            new StructType()
                    .add("mean_bullish_probability", DataTypes.DoubleType)
                    .add("bullishness", DataTypes.DoubleType)
                    .add("agreement", DataTypes.DoubleType);

    private SparkIndices() {}

    /**
     * Groups scored rows and computes their indices.
     *
     * @param scored rows with a text column and {@value SparkSentiment#LABEL} and {@value
     *     SparkSentiment#PROBABILITY}, as {@link SparkSentiment#score} writes them
     * @param textColumn the column of the raw text
     * @param timeColumn the timestamp column (epoch seconds, ISO-8601 text or a Spark timestamp),
     *     or {@code null} to group by ticker only
     * @param bucket the bucket width when grouping by time
     * @return one row per group, sorted by ticker, then bucket (an ISO-8601 instant, UTC)
     * @throws IllegalArgumentException if a column is missing
     */
    public static Dataset<Row> aggregate(
            Dataset<Row> scored, String textColumn, String timeColumn, TimeBucket bucket) {
        List<String> names = Arrays.asList(scored.schema().fieldNames());
        for (String c :
                new String[] {textColumn, SparkSentiment.LABEL, SparkSentiment.PROBABILITY}) {
            if (!names.contains(c)) {
                throw new IllegalArgumentException("No column '" + c + "' in " + names);
            }
        }
        if (timeColumn != null && !names.contains(timeColumn)) {
            throw new IllegalArgumentException("No column '" + timeColumn + "' in " + names);
        }

        Column label = lower(trim(col(SparkSentiment.LABEL).cast("string")));
        Column probability = col(SparkSentiment.PROBABILITY).cast("double");
        Dataset<Row> valid =
                scored.filter(
                        label.isin("bullish", "bearish")
                                .and(probability.geq(0))
                                .and(probability.leq(1)));
        List<Column> keys = new ArrayList<>(List.of(col("ticker")));
        Dataset<Row> tagged =
                valid.select(
                        explode(cashtags().apply(col(textColumn))).as("ticker"),
                        when(label.equalTo("bullish"), 1L).otherwise(0L).as("is_bullish"),
                        probability.as("p"),
                        timeColumn == null
                                ? lit(null).cast("string").as("bucket")
                                : bucketStart(bucket)
                                        .apply(timeText(scored, timeColumn))
                                        .as("bucket"));
        if (timeColumn != null) {
            tagged = tagged.filter(col("bucket").isNotNull());
            keys.add(col("bucket"));
        }

        Dataset<Row> groups =
                tagged.groupBy(keys.toArray(new Column[0]))
                        .agg(
                                sum("is_bullish").as("bullish"),
                                sum(lit(1L).minus(col("is_bullish"))).as("bearish"),
                                sum("p").as("p_sum"));
        Column figures =
                figures().apply(col("ticker"), col("bullish"), col("bearish"), col("p_sum"));
        Dataset<Row> out =
                groups.withColumn("f", figures)
                        .select(
                                col("ticker"),
                                timeColumn == null ? lit(null).cast("string") : col("bucket"),
                                col("bullish").plus(col("bearish")).as("messages"),
                                col("bullish"),
                                col("bearish"),
                                col("f.mean_bullish_probability"),
                                col("f.bullishness"),
                                col("f.agreement"))
                        .toDF(COLUMNS.toArray(new String[0]));
        out = out.orderBy(col("ticker"), col("bucket"));
        return timeColumn == null ? out.drop("bucket") : out;
    }

    /** A timestamp column as text the command would read: Spark timestamps as epoch seconds. */
    private static Column timeText(Dataset<Row> scored, String timeColumn) {
        DataType type = scored.schema().apply(timeColumn).dataType();
        if (type.equals(DataTypes.TimestampType) || type.equals(DataTypes.DateType)) {
            return col(timeColumn).cast("timestamp").cast("double").cast("string");
        }
        return col(timeColumn).cast("string");
    }

    private static UserDefinedFunction cashtags() {
        return udf(
                (UDF1<String, List<String>>) text -> new ArrayList<>(Cashtags.of(text)),
                DataTypes.createArrayType(DataTypes.StringType));
    }

    private static UserDefinedFunction bucketStart(TimeBucket bucket) {
        return udf(
                (UDF1<String, String>)
                        text -> {
                            try {
                                return bucket.start(TimeBucket.parseTimestamp(text)).toString();
                            } catch (IllegalArgumentException e) {
                                return null; // counted out, as the command skips it
                            }
                        },
                DataTypes.StringType);
    }

    private static UserDefinedFunction figures() {
        return udf(
                (UDF4<String, Long, Long, Double, Row>)
                        (ticker, bullish, bearish, probabilitySum) -> {
                            GroupIndex g =
                                    GroupIndex.of(ticker, null, bullish, bearish, probabilitySum);
                            return RowFactory.create(
                                    g.meanBullishProbability(), g.bullishness(), g.agreement());
                        },
                FIGURES);
    }
}
