package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import com.marketmood.sentiment.Explanation;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.TokenContribution;
import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.testing.TestData;
import com.marketmood.sentiment.zoo.SentimentModelZoo;
import com.marketmood.sentiment.zoo.SentimentZoo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an explanation must mean, checked on the pretrained model through a second code path ({@link
 * SentimentArtifact}, not the SDK's translators): leaving out the most bullish token lowers the
 * bullish probability, leaving out the most bearish one raises it, by the amount explained.
 */
class ExplanationTest {

    private static final List<String> HAND_WRITTEN =
            List.of(
                    "$SPY breaking out, calls printing, very bullish",
                    "$SPY breaking down hard, loading puts, this will crash",
                    "bought more calls at $240 for the rally",
                    "short $QQQ, puts paying, bears in control",
                    "@trader what do you think of $AAPL into earnings?");

    private static SentimentModel model;
    private static SentimentArtifact artifact;

    @BeforeAll
    static void load() throws Exception {
        model = SentimentModel.builder().optEngine("pytorch").load();
        Path zoo = new SentimentModelZoo(SentimentZoo.defaultDir()).prepare();
        Path dir =
                SentimentZoo.artifactDir(zoo, SentimentZoo.PRETRAINED)
                        .resolve(SentimentZoo.PRETRAINED_VERSION);
        artifact = SentimentArtifact.load(dir, "PyTorch", Device.cpu());
    }

    @AfterAll
    static void close() {
        model.close();
        artifact.close();
    }

    /** The bullish probability of a message read as these tokens, by the second code path. */
    private static double probability(List<String> tokens) {
        float logit = artifact.logitsOf(List.of(artifact.getEncoder().encodeTokens(tokens)))[0];
        return 1 / (1 + Math.exp(-logit / artifact.getConfig().temperature()));
    }

    private static void assertMeaningful(String text) {
        Explanation e = model.explain(text);
        List<String> tokens = e.tokens().stream().map(TokenContribution::token).toList();
        assertEquals(model.predict(text), e.sentiment(), text);
        assertEquals(probability(tokens), e.sentiment().bullishProbability(), 1e-5, text);
        if (tokens.isEmpty()) {
            return;
        }
        int top = argBy(e, Comparator.naturalOrder());
        int bottom = argBy(e, Comparator.reverseOrder());
        double p = e.sentiment().bullishProbability();
        double withoutTop = probability(without(tokens, top));
        double withoutBottom = probability(without(tokens, bottom));
        double topContribution = e.tokens().get(top).contribution();
        double bottomContribution = e.tokens().get(bottom).contribution();
        if (topContribution > 1e-4) {
            assertTrue(withoutTop < p, text + ": without " + tokens.get(top));
        }
        if (bottomContribution < -1e-4) {
            assertTrue(withoutBottom > p, text + ": without " + tokens.get(bottom));
        }
        // The contribution is the change in log-odds that leaving the token out causes.
        assertEquals(topContribution, e.logOdds() - logOdds(withoutTop), 1e-3, text);
    }

    private static int argBy(Explanation e, Comparator<Double> order) {
        int best = 0;
        for (int i = 1; i < e.tokens().size(); i++) {
            if (order.compare(e.tokens().get(i).contribution(), e.tokens().get(best).contribution())
                    > 0) {
                best = i;
            }
        }
        return best;
    }

    private static List<String> without(List<String> tokens, int index) {
        List<String> out = new ArrayList<>(tokens);
        out.remove(index);
        return out;
    }

    private static double logOdds(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void leavingOutTheStrongestTokensMovesTheProbabilityAsExplained() {
        HAND_WRITTEN.forEach(ExplanationTest::assertMeaningful);
    }

    @Test
    void theStrongestTokensOfClearMessagesAreTheWordsThatCarryTheSentiment() {
        Explanation bull = model.explain("$SPY breaking out, calls printing, very bullish");
        Explanation bear = model.explain("$SPY breaking down hard, loading puts, this will crash");
        // Of the two strongest tokens, one is a sentiment word: leaving a word out also drops the
        // bigrams it is part of, so its neighbour can take some of its weight ("will crash").
        List<String> bullTop = strongest(bull, Comparator.reverseOrder());
        List<String> bearTop = strongest(bear, Comparator.naturalOrder());
        assertTrue(
                bullTop.stream().anyMatch(Set.of("calls", "bullish", "out", "printing")::contains),
                bullTop.toString());
        assertTrue(
                bearTop.stream().anyMatch(Set.of("puts", "crash", "down", "hard")::contains),
                bearTop.toString());
    }

    /** The two tokens first in this order of contribution. */
    private static List<String> strongest(Explanation e, Comparator<Double> order) {
        return e.tokens().stream()
                .sorted(Comparator.comparing(TokenContribution::contribution, order))
                .limit(2)
                .map(TokenContribution::token)
                .toList();
    }

    @Test
    void onRealTestMessagesLeavingOutTheStrongestTokensMovesTheProbabilityAsExplained()
            throws Exception {
        List<Message> test = StockTwitsData.load(TestData.dataDir()).test();
        for (int i = 0; i < test.size(); i += 97) { // 100 messages spread over the split
            assertMeaningful(test.get(i).text());
        }
    }

    @Test
    void emptyAndOverLongTextGetTheSameDefinedAnswersAsPredict() {
        for (String text : List.of("", "   ", "!!! ...", "\u00e9\u00e8")) {
            Explanation e = model.explain(text);
            assertTrue(e.tokens().isEmpty(), text);
            assertEquals(model.predict(text), e.sentiment());
        }
        String longText = "calls ".repeat(500);
        Explanation e = model.explain(longText);
        assertEquals(model.info().maxTokens(), e.tokens().size());
        assertEquals(model.predict(longText), e.sentiment());
        assertThrows(NullPointerException.class, () -> model.explain(null));
    }

    @Test
    void bothEnginesExplainAlike() throws Exception {
        try (SentimentModel mx = SentimentModel.builder().optEngine("mxnet").load()) {
            for (String text : HAND_WRITTEN) {
                Explanation pt = model.explain(text);
                Explanation other = mx.explain(text);
                assertEquals(pt.tokens().size(), other.tokens().size());
                for (int i = 0; i < pt.tokens().size(); i++) {
                    assertEquals(pt.tokens().get(i).token(), other.tokens().get(i).token());
                    assertEquals(
                            pt.tokens().get(i).contribution(),
                            other.tokens().get(i).contribution(),
                            1e-4,
                            text);
                }
            }
        }
    }
}
