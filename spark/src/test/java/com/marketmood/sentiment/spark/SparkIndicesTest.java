package com.marketmood.sentiment.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.core.aggregate.GroupIndex;
import com.marketmood.sentiment.core.aggregate.SentimentAggregator;
import com.marketmood.sentiment.core.aggregate.TimeBucket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's indices equal the aggregate command's ({@link SentimentAggregator}) on one input. */
class SparkIndicesTest {

    private static final StructType MESSAGES =
            new StructType()
                    .add("message", DataTypes.StringType, true)
                    .add("created_at", DataTypes.StringType, true);

    private static SparkSession spark;

    @TempDir Path dir;

    @BeforeAll
    static void start() {
        spark =
                SparkSession.builder()
                        .master("local[2]")
                        .appName("sentiment-indices-test")
                        .config("spark.ui.enabled", false)
                        .config("spark.sql.shuffle.partitions", 2)
                        .config("spark.driver.host", "localhost")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Messages naming zero to two tickers, with timestamps in several forms, some unreadable. */
    private static List<Row> messages(int count) {
        String[] tickers = {"$SPY", "$QQQ", "$AAPL", "$spy", "$BRK.B", "$42.50"};
        String[] words = {"calls printing", "puts loading", "breaking out", "dumping", "flat"};
        String[] times = {
            "2017-03-01T14:30:00Z",
            "1488400000",
            "2017-03-02 09:15:00",
            "2017-03-06T00:00:00-05:00",
            "not a time",
            "1488600000.5"
        };
        Random random = new Random(11);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text =
                    tickers[random.nextInt(tickers.length)]
                            + " "
                            + words[random.nextInt(words.length)]
                            + (random.nextBoolean()
                                    ? " " + tickers[random.nextInt(tickers.length)]
                                    : "");
            rows.add(RowFactory.create(text, times[random.nextInt(times.length)]));
        }
        return rows;
    }

    private static List<GroupIndex> byTheCommand(List<Row> scored, TimeBucket bucket) {
        SentimentAggregator a = new SentimentAggregator(bucket);
        for (Row r : scored) {
            Instant at = null;
            if (bucket != null) {
                try {
                    at = TimeBucket.parseTimestamp(r.getString(1));
                } catch (IllegalArgumentException e) {
                    continue; // the command skips a row with an unreadable timestamp
                }
            }
            a.add(r.getString(0), r.getString(2).equals("bullish"), r.getDouble(3), at);
        }
        return a.groups();
    }

    private static void assertSameIndices(
            List<GroupIndex> expected, List<Row> actual, boolean byTime) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            GroupIndex e = expected.get(i);
            Row a = actual.get(i);
            int c = 0;
            assertEquals(e.ticker(), a.getString(c++));
            if (byTime) {
                assertEquals(e.bucket().toString(), a.getString(c++));
            }
            assertEquals(e.messages(), a.getLong(c++), e.ticker());
            assertEquals(e.bullish(), a.getLong(c++), e.ticker());
            assertEquals(e.bearish(), a.getLong(c++), e.ticker());
            assertEquals(e.meanBullishProbability(), a.getDouble(c++), 1e-12, e.ticker());
            assertEquals(e.bullishness(), a.getDouble(c++), 1e-12, e.ticker());
            assertEquals(e.agreement(), a.getDouble(c), 1e-12, e.ticker());
        }
    }

    @Test
    void sparkGivesTheCommandsIndicesByTickerAndByDay() {
        Dataset<Row> input = spark.createDataFrame(messages(400), MESSAGES).repartition(3);
        Dataset<Row> scored = SparkSentiment.score(input, "message").cache();
        List<Row> rows = scored.collectAsList();

        assertSameIndices(
                byTheCommand(rows, null),
                SparkIndices.aggregate(scored, "message", null, null).collectAsList(),
                false);
        List<Row> daily =
                SparkIndices.aggregate(scored, "message", "created_at", TimeBucket.DAY)
                        .collectAsList();
        assertSameIndices(byTheCommand(rows, TimeBucket.DAY), daily, true);
        assertTrue(daily.size() > 5, "several tickers and days: " + daily.size());
        assertSameIndices(
                byTheCommand(rows, TimeBucket.WEEK),
                SparkIndices.aggregate(scored, "message", "created_at", TimeBucket.WEEK)
                        .collectAsList(),
                true);
    }

    @Test
    void theJobWritesTheIndicesBesideTheScores() {
        Dataset<Row> input = spark.createDataFrame(messages(120), MESSAGES).coalesce(1);
        String in = dir.resolve("in.json").toString();
        input.write().json(in);
        String out = dir.resolve("scored.parquet").toString();
        String indices = dir.resolve("indices.json").toString();
        ScoreJob.run(
                spark,
                "--input",
                in,
                "--input-format",
                "json",
                "--output",
                out,
                "--aggregate",
                indices,
                "--time-column",
                "created_at",
                "--bucket",
                "day");
        List<Row> scored =
                spark.read()
                        .parquet(out)
                        .select("message", "created_at", "label", "bullish_probability")
                        .collectAsList();
        List<Row> written =
                spark.read()
                        .json(indices)
                        .select(
                                SparkIndices.COLUMNS.stream()
                                        .map(org.apache.spark.sql.functions::col)
                                        .toArray(org.apache.spark.sql.Column[]::new))
                        .orderBy("ticker", "bucket")
                        .collectAsList();
        assertSameIndices(byTheCommand(scored, TimeBucket.DAY), written, true);
    }
}
