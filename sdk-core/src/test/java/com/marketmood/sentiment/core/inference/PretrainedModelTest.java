package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.util.JsonUtils;
import com.google.gson.JsonObject;
import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import com.marketmood.sentiment.core.testing.TestData;
import com.marketmood.sentiment.zoo.SentimentZoo;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped model: loads from the built-in zoo and keeps its model card's promises. */
class PretrainedModelTest {

    @Test
    void loadsWithNoArgumentsAndTellsBullFromBear() throws Exception {
        try (SentimentModel model = SentimentModel.load()) {
            assertEquals(SentimentZoo.PRETRAINED, model.info().name());
            assertEquals(SentimentZoo.PRETRAINED_VERSION, model.info().version());
            assertEquals("PyTorch", model.info().engine());
            assertTellsBullFromBear(model);
        }
    }

    @Test
    void theFastModelLoadsByNameAndTellsBullFromBear() throws Exception {
        try (SentimentModel model =
                SentimentModel.builder().optModelName(SentimentZoo.PRETRAINED_FAST).load()) {
            assertEquals(SentimentZoo.PRETRAINED_FAST, model.info().name());
            assertEquals(SentimentZoo.PRETRAINED_VERSION, model.info().version());
            assertTellsBullFromBear(model);
        }
    }

    private static void assertTellsBullFromBear(SentimentModel model) {
        assertEquals(Label.BULLISH, model.predict("$SPY breaking out, calls printing").label());
        assertEquals(
                Label.BEARISH,
                model.predict("$SPY breaking down hard, loading puts, this will crash").label());
    }

    @Test
    void testAccuracyOnEachEngineEqualsTheModelCardAndTheEnginesAgree() throws Exception {
        keepsItsCard(SentimentZoo.PRETRAINED, "pretrained");
    }

    @Test
    void theFastModelKeepsItsCardOnEachEngineToo() throws Exception {
        keepsItsCard(SentimentZoo.PRETRAINED_FAST, "pretrained-fast");
    }

    private static void keepsItsCard(String name, String folder) throws Exception {
        List<Message> test = StockTwitsData.load(TestData.dataDir()).test();
        List<String> texts = test.stream().map(Message::text).toList();
        double card = cardAccuracy(folder);

        List<Sentiment> pt = predictAll(name, "pytorch", texts);
        List<Sentiment> mx = predictAll(name, "mxnet", texts);
        assertEquals(card, accuracy(pt, test), 1e-9, "PyTorch against the model card");
        assertEquals(card, accuracy(mx, test), 1e-9, "MXNet against the model card");

        double maxDiff = 0;
        int flips = 0;
        for (int i = 0; i < texts.size(); i++) {
            maxDiff =
                    Math.max(
                            maxDiff,
                            Math.abs(
                                    pt.get(i).bullishProbability()
                                            - mx.get(i).bullishProbability()));
            if (pt.get(i).label() != mx.get(i).label()) {
                flips++;
            }
        }
        System.out.printf(
                "%s, PyTorch vs MXNet over %d test messages: accuracy %.4f / %.4f, max"
                        + " |difference| %.3g, %d label flips%n",
                name, texts.size(), accuracy(pt, test), accuracy(mx, test), maxDiff, flips);
        assertTrue(maxDiff <= 1e-5, "max |difference| between engines: " + maxDiff);
        assertEquals(0, flips, "label flips between engines");
    }

    private static List<Sentiment> predictAll(String name, String engine, List<String> texts)
            throws Exception {
        try (SentimentModel model =
                SentimentModel.builder().optModelName(name).optEngine(engine).load()) {
            return model.predict(texts);
        }
    }

    private static double accuracy(List<Sentiment> predictions, List<Message> messages) {
        int correct = 0;
        for (int i = 0; i < messages.size(); i++) {
            if (predictions.get(i).label() == messages.get(i).label()) {
                correct++;
            }
        }
        return (double) correct / messages.size();
    }

    private static double cardAccuracy(String folder) throws Exception {
        try (InputStream in =
                SentimentZoo.class.getResourceAsStream(
                        "/com/marketmood/sentiment/zoo/" + folder + "/evaluation.json")) {
            JsonObject report =
                    JsonUtils.GSON.fromJson(
                            new InputStreamReader(in, StandardCharsets.UTF_8), JsonObject.class);
            return report.getAsJsonObject("test")
                    .getAsJsonObject("calibrated")
                    .get("accuracy")
                    .getAsDouble();
        }
    }
}
