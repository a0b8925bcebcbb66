package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.EngineException;
import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import org.junit.jupiter.api.Test;

/**
 * What a user's project does: depends on the SDK and one engine module (or none), and calls the
 * API with no engine named. The same source is compiled into each consumer module; only the
 * dependencies differ.
 */
class ConsumerTest {

    private static final String EXPECTED = System.getProperty("expected.engine");

    @Test
    void loadsThePretrainedModelOnTheEngineOnTheClassPath() throws Exception {
        if (EXPECTED.equals("none")) {
            EngineException e = assertThrows(EngineException.class, SentimentModel::load);
            assertTrue(
                    e.getMessage().contains("com.marketmood:engine-pytorch"), e.getMessage());
            return;
        }
        try (SentimentModel model = SentimentModel.load()) {
            assertEquals(EXPECTED, model.info().engine());
            Sentiment bull = model.predict("$SPY breaking out, calls printing");
            Sentiment bear = model.predict("$SPY breaking down hard, loading puts, this is going to crash");
            assertEquals(Label.BULLISH, bull.label());
            assertEquals(Label.BEARISH, bear.label());
        }
    }
}
