package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.testing.HostileText;
import com.marketmood.sentiment.core.testing.TinyModel;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class SentimentModelPropertiesTest {

    private static SentimentModel model;

    @BeforeContainer
    static void load() throws Exception {
        model = SentimentModel.builder().optModelPath(TinyModel.dir()).optEngine("pytorch").load();
    }

    @AfterContainer
    static void close() {
        model.close();
    }

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.messages();
    }

    @Provide
    Arbitrary<List<String>> others() {
        return HostileText.messages().list().ofMaxSize(40);
    }

    private static void assertWellFormed(Sentiment s, String text) {
        assertNotNull(s, () -> HostileText.describe(text));
        double p = s.bullishProbability();
        assertTrue(Double.isFinite(p) && p >= 0 && p <= 1, () -> p + " for " + text);
        assertEquals(p >= 0.5 ? Label.BULLISH : Label.BEARISH, s.label());
    }

    private static void assertSameAnswer(Sentiment alone, Sentiment inBatch, String text) {
        // A batch pads on the right; the engine may add the same numbers in another order.
        assertEquals(
                alone.bullishProbability(),
                inBatch.bullishProbability(),
                1e-6,
                () -> HostileText.describe(text));
        assertEquals(alone.label(), inBatch.label(), () -> HostileText.describe(text));
    }

    @Property(tries = 200)
    void everyMessageGetsALabelAndAFiniteProbability(@ForAll("hostile") String text) {
        assertWellFormed(model.predict(text), text);
    }

    @Property(tries = 200)
    void aMessageGetsTheSameAnswerAloneAndAnywhereInABatch(
            @ForAll("hostile") String text,
            @ForAll("others") List<String> others,
            @ForAll @IntRange(min = 0, max = 40) int at) {
        List<String> batch = new ArrayList<>(others);
        int index = Math.min(at, batch.size());
        batch.add(index, text);

        List<Sentiment> answers = model.predict(batch);

        assertEquals(batch.size(), answers.size());
        assertWellFormed(answers.get(index), text);
        assertSameAnswer(model.predict(text), answers.get(index), text);
    }

    @Example
    void aMegabyteMessageGetsTheAnswerOfItsFirstTokens() {
        String text = HostileText.megabyte();
        Sentiment s = model.predict(text);
        assertWellFormed(s, text);
        assertSameAnswer(s, model.predict(List.of("calls", text, "")).get(1), text);
        assertEquals(s, model.predict(text.substring(0, 4096)));
    }
}
