package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.testing.SampleMessages;
import com.marketmood.sentiment.core.testing.TinyModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentimentModelTest {

    private static SentimentModel model;

    @BeforeAll
    static void load() throws Exception {
        model = SentimentModel.builder().optModelPath(TinyModel.dir()).optEngine("pytorch").load();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void describesItself() {
        assertEquals("PyTorch", model.info().engine());
        assertEquals("model", model.info().name());
        assertEquals(8, model.info().maxTokens());
    }

    @Test
    void batchResultsComeInOrderAndEqualSinglePredictions() {
        List<String> texts = new ArrayList<>(SampleMessages.texts());
        Collections.shuffle(texts, new Random(5));
        List<Sentiment> batch = model.predict(texts);
        assertEquals(texts.size(), batch.size());
        for (int i = 0; i < texts.size(); i++) {
            Sentiment single = model.predict(texts.get(i));
            assertEquals(single.label(), batch.get(i).label(), texts.get(i));
            assertEquals(single.bullishProbability(), batch.get(i).bullishProbability(), 1e-6);
        }
    }

    @Test
    void learnedTheSample() {
        assertEquals(Label.BULLISH, model.predict("$SPY breaking out, calls printing").label());
        assertEquals(Label.BEARISH, model.predict("$SPY breaking down, puts printing").label());
    }

    @Test
    void textThatNormalisesToNothingGetsTheUnknownWordAnswer() {
        Sentiment empty = model.predict("");
        assertEquals(empty, model.predict("   "));
        assertEquals(empty, model.predict("!!! ... ???"));
        assertEquals(empty, model.predict("🚀🚀🚀 émoji"));
        assertEquals(empty, model.predict("zzzunseenword"));
    }

    @Test
    void longTextIsReadUpToItsFirstMaxTokens() {
        String head = "calls printing bulls in control buy the dip";
        String longer = head + " but puts puts puts puts puts puts crash";
        assertEquals(model.predict(head), model.predict(longer));
        assertNotEquals(model.predict(head), model.predict("puts puts " + head));
    }

    @Test
    void hugeListsAreBatchedAndKeepTheirOrder() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            texts.add(SampleMessages.texts().get(i % SampleMessages.texts().size()));
        }
        List<Sentiment> out = model.predict(texts);
        assertEquals(1000, out.size());
        assertEquals(out.get(3), out.get(3 + 32 * 20));
        assertEquals(List.of(), model.predict(List.of()));
    }

    @Test
    void aHundredThousandMessagesComeBackInOrder() {
        List<String> sample = SampleMessages.texts();
        List<Sentiment> alone = new ArrayList<>();
        for (String text : sample) {
            alone.add(model.predict(text));
        }
        List<String> texts = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            // A stride coprime with the sample's size, so that neighbours differ in every batch.
            texts.add(sample.get((i * 7) % sample.size()));
        }

        List<Sentiment> out = model.predict(texts);

        assertEquals(texts.size(), out.size());
        for (int i = 0; i < texts.size(); i++) {
            Sentiment expected = alone.get((i * 7) % sample.size());
            assertEquals(expected.label(), out.get(i).label(), texts.get(i));
            assertEquals(
                    expected.bullishProbability(), out.get(i).bullishProbability(), 1e-6, "" + i);
        }
    }

    @Test
    void aNullDeepInAHugeListIsRefusedByIndexBeforeAnyWork() {
        List<String> texts = new ArrayList<>(Collections.nCopies(100_000, "calls"));
        texts.set(99_999, null);
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> model.predict(texts));
        assertEquals("texts[99999] is null", e.getMessage());
    }

    @Test
    void nullIsRefused() {
        assertThrows(NullPointerException.class, () -> model.predict((String) null));
        assertThrows(NullPointerException.class, () -> model.predict((List<String>) null));
        List<String> withNull = new ArrayList<>(List.of("a", "b"));
        withNull.add(null);
        NullPointerException e =
                assertThrows(NullPointerException.class, () -> model.predict(withNull));
        assertEquals("texts[2] is null", e.getMessage());
    }

    @Test
    void closeIsIdempotentAndLaterCallsFailClearly() throws Exception {
        SentimentModel m = SentimentModel.builder().optModelPath(TinyModel.dir()).load();
        m.predict("calls");
        m.close();
        m.close();
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> m.predict("calls"));
        assertEquals("The model is closed", e.getMessage());
    }

    @Test
    void probabilitiesAreProbabilities() {
        for (Sentiment s : model.predict(SampleMessages.texts())) {
            assertTrue(s.bullishProbability() >= 0 && s.bullishProbability() <= 1);
            assertEquals(s.bullishProbability() >= 0.5, s.label() == Label.BULLISH);
        }
    }

    @Test
    void aListSharedBetweenThreadsGetsTheAnswersOfOneThread() throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> sample = SampleMessages.texts();
        for (int i = 0; i < 5_000; i++) {
            texts.add(sample.get((i * 7) % sample.size()) + " " + sample.get(i % sample.size()));
        }
        List<Sentiment> oneThread;
        try (SentimentModel m =
                SentimentModel.builder()
                        .optModelPath(TinyModel.dir())
                        .optEngine("pytorch")
                        .optBatchThreads(1)
                        .load()) {
            oneThread = m.predict(texts);
        }
        try (SentimentModel m =
                SentimentModel.builder()
                        .optModelPath(TinyModel.dir())
                        .optEngine("pytorch")
                        .optBatchThreads(3)
                        .load()) {
            // Twice: the second call reuses the helpers and predictors of the first.
            for (int round = 0; round < 2; round++) {
                List<Sentiment> threeThreads = m.predict(texts);
                assertEquals(oneThread, threeThreads);
            }
        }
    }

    @Test
    void aBadBatchThreadsSettingIsRefusedByName() {
        assertThrows(
                IllegalArgumentException.class, () -> SentimentModel.builder().optBatchThreads(0));
        System.setProperty(SentimentModel.Builder.BATCH_THREADS_PROPERTY, "two");
        try {
            IllegalArgumentException e =
                    assertThrows(
                            IllegalArgumentException.class,
                            () -> SentimentModel.builder().optModelPath(TinyModel.dir()).load());
            assertTrue(e.getMessage().contains("sentiment.batchThreads"), e.getMessage());
            assertTrue(e.getMessage().contains("'two'"), e.getMessage());
        } finally {
            System.clearProperty(SentimentModel.Builder.BATCH_THREADS_PROPERTY);
        }
    }
}
