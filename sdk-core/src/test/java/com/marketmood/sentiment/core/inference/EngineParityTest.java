package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.testing.SampleMessages;
import com.marketmood.sentiment.core.testing.TinyModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EngineParityTest {

    @Test
    void oneArtifactGivesTheSameProbabilitiesOnPyTorchAndMxNet() throws Exception {
        List<String> texts = new ArrayList<>(SampleMessages.texts());
        texts.add("");
        texts.add("$SPY $QQQ @someone https://x.y 42$ 3.5 -7 &amp; 🚀");
        List<Sentiment> pt;
        List<Sentiment> mx;
        try (SentimentModel m =
                SentimentModel.builder()
                        .optModelPath(TinyModel.dir())
                        .optEngine("pytorch")
                        .load()) {
            assertEquals("PyTorch", m.info().engine());
            pt = m.predict(texts);
        }
        try (SentimentModel m =
                SentimentModel.builder().optModelPath(TinyModel.dir()).optEngine("mxnet").load()) {
            assertEquals("MXNet", m.info().engine());
            mx = m.predict(texts);
        }
        double maxDiff = 0;
        for (int i = 0; i < texts.size(); i++) {
            assertEquals(pt.get(i).label(), mx.get(i).label(), texts.get(i));
            maxDiff =
                    Math.max(
                            maxDiff,
                            Math.abs(
                                    pt.get(i).bullishProbability()
                                            - mx.get(i).bullishProbability()));
        }
        assertTrue(maxDiff <= 1e-5, "max |difference| " + maxDiff);
    }
}
