package com.marketmood.sentiment.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.data.StockTwitsData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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

class SparkSentimentTest {

    private static final StructType MESSAGES =
            new StructType()
                    .add("id", DataTypes.IntegerType, false)
                    .add("message", DataTypes.StringType, true);

    private static SparkSession spark;
    private static SentimentModel model;

    @TempDir Path dir;

    @BeforeAll
    static void start() throws Exception {
        spark =
                SparkSession.builder()
                        .master("local[2]")
                        .appName("sentiment-test")
                        .config("spark.ui.enabled", false)
                        .config("spark.sql.shuffle.partitions", 2)
                        .config("spark.driver.host", "localhost")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .getOrCreate();
        model = SentimentModel.load();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
        if (model != null) {
            model.close();
        }
    }

    /** Messages made up from trading phrases, with punctuation, tickers and prices. */
    static List<String> generatedMessages(int count, long seed) {
        String[] openers = {"$SPY", "$SPX", "$QQQ", "", "lol", "Fed:"};
        String[] moves = {
            "breaking out",
            "breaking down",
            "rejected at resistance",
            "holding support",
            "gap up",
            "gap down",
            "red candle",
            "new highs",
            "flat",
            "chopping"
        };
        String[] plans = {
            "loading calls", "buying puts", "taking profits", "short here", "long here",
            "waiting", "cash is king", "bears trapped", "bulls trapped", ""
        };
        String[] tails = {
            "", "!!", " 🚀", " $245", " at 2pm", ", \"crash\" incoming", "\nstay safe"
        };
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(
                    (openers[random.nextInt(openers.length)]
                                    + " "
                                    + moves[random.nextInt(moves.length)]
                                    + ", "
                                    + plans[random.nextInt(plans.length)]
                                    + tails[random.nextInt(tails.length)])
                            .strip());
        }
        return out;
    }

    private static Dataset<Row> frame(List<String> texts, int partitions) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            rows.add(RowFactory.create(i, texts.get(i)));
        }
        return spark.createDataFrame(rows, MESSAGES).repartition(partitions);
    }

    /**
     * The SDK's batches differ from one message alone in the last float bits (about 1e-8), so
     * probabilities are compared to 1e-6; labels must be equal.
     */
    private static void assertSame(Sentiment expected, String label, double probability, String m) {
        assertEquals(expected.label().name().toLowerCase(Locale.ROOT), label, m);
        assertEquals(expected.bullishProbability(), probability, 1e-6, m);
    }

    @Test
    void everyRowGetsTheAnswerOfPredict() {
        List<String> texts = generatedMessages(300, 7);

        List<Row> scored =
                SparkSentiment.score(frame(texts, 3), "message", ModelSpec.pretrained(), 32)
                        .collectAsList();

        assertEquals(texts.size(), scored.size());
        Set<Integer> ids = new HashSet<>();
        for (Row row : scored) {
            int id = row.getInt(0);
            ids.add(id);
            assertEquals(texts.get(id), row.getString(1));
            assertSame(
                    model.predict(texts.get(id)),
                    row.getString(2),
                    row.getDouble(3),
                    texts.get(id));
        }
        assertEquals(texts.size(), ids.size());
    }

    @Test
    void oneModelPerJvmIsSharedByAllTasksAndFunctions() {
        ModelSpec spec = new ModelSpec(null, null, null, "pytorch", "cpu");
        frame(generatedMessages(40, 5), 4).createOrReplaceTempView("shared");
        SparkSentiment.register(spark, "shared_sentiment", spec);
        int before = ExecutorModels.loads();

        SparkSentiment.score(frame(generatedMessages(100, 5), 4), "message", spec, 8).count();
        spark.sql("SELECT shared_sentiment(message).label FROM shared").collectAsList();

        // Local mode: this JVM is the only executor, and its four tasks on two threads share it.
        assertEquals(before + 1, ExecutorModels.loads());
    }

    @Test
    void scoredSchemaIsTheInputsPlusLabelAndProbability() {
        Dataset<Row> scored = SparkSentiment.score(frame(List.of("calls"), 1), "message");

        assertEquals(
                List.of("id", "message", "label", "bullish_probability"),
                List.of(scored.schema().fieldNames()));
        assertEquals(DataTypes.DoubleType, scored.schema().apply("bullish_probability").dataType());
    }

    @Test
    void nullTextGetsNullLabelAndProbability() {
        List<Row> rows =
                List.of(RowFactory.create(0, null), RowFactory.create(1, "calls printing"));
        Dataset<Row> input = spark.createDataFrame(rows, MESSAGES);

        List<Row> scored = SparkSentiment.score(input, "message").orderBy("id").collectAsList();

        assertNull(scored.get(0).get(2));
        assertNull(scored.get(0).get(3));
        assertSame(
                model.predict("calls printing"),
                scored.get(1).getString(2),
                scored.get(1).getDouble(3),
                "calls printing");
    }

    @Test
    void missingTextColumnIsRefusedWithItsName() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> SparkSentiment.score(frame(List.of("x"), 1), "body"));
        assertTrue(e.getMessage().contains("'body'"), e.getMessage());
    }

    @Test
    void columnAndSqlFunctionsGiveThePredictAnswer() {
        List<String> texts = generatedMessages(40, 11);
        frame(texts, 2).createOrReplaceTempView("messages");
        SparkSentiment.register(spark, "sentiment", ModelSpec.pretrained());

        List<Row> viaSql =
                spark.sql(
                                "SELECT id, sentiment(message).label AS label,"
                                        + " sentiment(message).bullish_probability AS p"
                                        + " FROM messages")
                        .collectAsList();
        List<Row> viaColumn =
                frame(texts, 2)
                        .withColumn("s", SparkSentiment.sentiment(col("message")))
                        .select(col("id"), col("s.label"), col("s.bullish_probability"))
                        .collectAsList();

        for (List<Row> rows : List.of(viaSql, viaColumn)) {
            assertEquals(texts.size(), rows.size());
            for (Row row : rows) {
                String text = texts.get(row.getInt(0));
                assertSame(model.predict(text), row.getString(1), row.getDouble(2), text);
            }
        }
    }

    @Test
    void jobReadsCsvAndWritesParquetWithTheInputColumns() throws Exception {
        List<String> texts = generatedMessages(50, 3);
        StringBuilder csv = new StringBuilder(",message,sentiment\n");
        for (int i = 0; i < texts.size(); i++) {
            String quoted = "\"" + texts.get(i).replace("\"", "\"\"") + "\"";
            csv.append(i).append(',').append(quoted).append(",bullish\n");
        }
        Path in = dir.resolve("messages.csv");
        Files.writeString(in, csv);
        Path out = dir.resolve("scored.parquet");

        ScoreJob.run(spark, "--input", in.toString(), "--output", out.toString());

        List<Row> rows = spark.read().parquet(out.toString()).orderBy("_c0").collectAsList();
        assertEquals(texts.size(), rows.size());
        for (Row row : rows) {
            int id = Integer.parseInt(row.getString(0));
            assertEquals(texts.get(id), row.getString(1));
            assertEquals("bullish", row.getString(2));
            assertSame(
                    model.predict(texts.get(id)),
                    row.getString(3),
                    row.getDouble(4),
                    texts.get(id));
        }
    }

    @Test
    void testSplitReadAndScoredBySparkEqualsTheSdk() throws Exception {
        Path data = DataSet.dir();
        List<StockTwitsData.Message> test = StockTwitsData.load(data).test();
        List<Integer> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (StockTwitsData.Message m : test) {
            ids.add(m.id());
            texts.add(m.text());
        }
        List<Sentiment> expected = model.predict(texts);
        Dataset<Row> all =
                spark.read()
                        .option("header", true)
                        .option("multiLine", true)
                        .option("escape", "\"")
                        .csv(data.resolve(StockTwitsData.CSV_NAME).toString())
                        .withColumn("id", col("_c0").cast(DataTypes.IntegerType));

        Map<Integer, Row> scored = new HashMap<>();
        for (Row row :
                SparkSentiment.score(all.where(col("id").isInCollection(ids)), "message")
                        .select("id", "message", "label", "bullish_probability")
                        .collectAsList()) {
            scored.put(row.getInt(0), row);
        }

        assertEquals(test.size(), scored.size());
        for (int i = 0; i < test.size(); i++) {
            Row row = scored.get(ids.get(i));
            assertEquals(texts.get(i), row.getString(1), "text of row " + ids.get(i));
            assertSame(expected.get(i), row.getString(2), row.getDouble(3), "row " + ids.get(i));
        }
    }
}
