package com.marketmood.sentiment.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.core.testing.HostileText;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class StockTwitsNormalizerPropertiesTest {

    /** The tutorial's patterns as first written, cubic on long digit runs: short input only. */
    private static final Pattern TUTORIAL_PRICE =
            Pattern.compile(
                    "\\$\\d*\\.?\\d+(?![\\d%])|\\d*\\.?\\d+\\$", Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern TUTORIAL_NUMBER =
            Pattern.compile("\\d*\\.?\\d+(?![\\d%k])", Pattern.UNICODE_CHARACTER_CLASS);

    private final StockTwitsNormalizer normalizer = StockTwitsNormalizer.getInstance();

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.messages();
    }

    @Provide
    Arbitrary<String> numberish() {
        // Digits (ASCII, Arabic-Indic and a supplementary one), dots, and the characters the
        // look-aheads test, so that every branch of the patterns is reached in short strings.
        return Arbitraries.of("1", "2", "0", "٣", "𝟙", ".", "$", "%", "k", " ", "a", "+", "-")
                .list()
                .ofMaxSize(24)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 200)
    void anyTextNormalisesToNonBlankTokensWithoutThrowing(@ForAll("hostile") String text) {
        List<String> tokens = normalizer.tokenize(text);
        for (String token : tokens) {
            assertFalse(token.isBlank(), () -> "blank token from " + HostileText.describe(text));
            assertTrue(
                    token.chars().allMatch(c -> c < 0x80),
                    () -> "non-ASCII token " + token + " from " + HostileText.describe(text));
        }
        assertEquals(String.join(" ", tokens), normalizer.normalize(text));
    }

    @Property(tries = 2000)
    void priceAndNumberPatternsMatchExactlyWhereTheTutorialsDo(@ForAll("numberish") String text) {
        assertEquals(
                TUTORIAL_PRICE.matcher(text).replaceAll("_P_"),
                StockTwitsNormalizer.PRICE_RE.matcher(text).replaceAll("_P_"),
                text);
        assertEquals(
                TUTORIAL_NUMBER.matcher(text).replaceAll("_N_"),
                StockTwitsNormalizer.NUMBER_RE.matcher(text).replaceAll("_N_"),
                text);
    }

    @Example
    void aMegabyteOfDigitsThatFailTheLookAheadsIsNormalisedInLinearTime() {
        // Each of these took seconds per thousand digits with the tutorial's patterns.
        String number = StockTwitsNormalizer.NUMBER;
        Map<String, List<String>> expected =
                Map.of(
                        "%", List.of(number),
                        "k", List.of(number, "k"),
                        ".5%", List.of(number, number),
                        "$", List.of(StockTwitsNormalizer.PRICE));
        expected.forEach(
                (tail, tokens) -> {
                    String text = "1".repeat(1 << 20) + tail;
                    assertEquals(
                            tokens,
                            assertTimeoutPreemptively(
                                    Duration.ofSeconds(10), () -> normalizer.tokenize(text)),
                            tail);
                });
    }

    @Example
    void aMegabyteOfHostileTextIsNormalised() {
        String text = HostileText.megabyte();
        List<String> tokens =
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> normalizer.tokenize(text));
        assertFalse(tokens.isEmpty());
    }
}
