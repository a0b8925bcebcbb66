package com.marketmood.sentiment.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.testing.TestData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockTwitsNormalizerTest {

    private final StockTwitsNormalizer normalizer = StockTwitsNormalizer.getInstance();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
            # rule 1: lower case
            Calls PRINTING Today        | calls printing today
            # rule 2: tickers, also inside words and before punctuation
            $SPY and $aapl's run        | <TICKER> and <TICKER> s run
            x$QQQ.                      | x <TICKER>
            # rule 3: users, word characters only
            @Trader_1 said so           | <USER> said so
            thx @bob!                   | thx <USER>
            # rule 4: links up to white space
            see https://t.co/aB1?x=2 ok | see <LINK> ok
            http://x.y/z                | <LINK>
            # rule 5: prices, dollar first or last
            puts at $42.50 now          | puts at <PRICE> now
            $.5 and 42$                 | <PRICE> and <PRICE>
            $4.20                       | <PRICE>
            # rule 5: a dollar number followed by % is not a price
            $5%                         | <NUMBER>
            # rule 6: other numbers, not before % or k
            up 2.5 points               | up <NUMBER> points
            at .75                      | at <NUMBER>
            # rules 6 and 7: 14% and 20k keep one number token
            up 14% today                | up <NUMBER> today
            dow 20k                     | dow <NUMBER> k
            # rule 7: signed digit runs
            -3 and +12                  | <NUMBER> and <NUMBER>
            # rule 8: HTML entities, non-ASCII and punctuation dropped
            buy &amp; hold              | buy hold
            café 🚀 to the moon!!!      | caf to the moon
            don't stop, ok?             | dont stop ok
            # rule 9: stray angle brackets dropped, placeholders kept
            <3 this                     | <NUMBER> this
            a <b> c                     | a b c
            """)
    void normalisesByTheTutorialRules(String message, String expected) {
        assertEquals(expected, normalizer.normalize(message));
    }

    @Test
    void emptyAndNullGiveNoTokens() {
        assertEquals(List.of(), normalizer.tokenize(null));
        assertEquals(List.of(), normalizer.tokenize(""));
        assertEquals(List.of(), normalizer.tokenize("  ...!!! 🚀🚀 "));
    }

    @Test
    void tokensAreSplitOnAsciiSeparatorsAsPythonDoes() {
        assertEquals(List.of("a", "b", "c"), normalizer.tokenize("a\u001Cb\tc"));
    }

    @Test
    void agreesWithTheTutorialOnEveryMessageOfTheDataSet() throws IOException {
        Path dir = TestData.dataDir();
        Map<Integer, String> raw = new HashMap<>();
        for (StockTwitsData.Message m :
                StockTwitsData.readCsv(dir.resolve(StockTwitsData.CSV_NAME)).messages()) {
            raw.put(m.id(), m.text());
        }
        assertEquals(96_967, raw.size());

        int rows = 0;
        List<String> mismatches = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(
                                new GZIPInputStream(
                                        Files.newInputStream(dir.resolve("normalised.tsv.gz"))),
                                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                int id = Integer.parseInt(line.substring(0, tab));
                List<String> expected =
                        Arrays.stream(line.substring(tab + 1).split(" "))
                                .filter(t -> !t.isEmpty())
                                .toList();
                List<String> actual = normalizer.tokenize(raw.get(id));
                rows++;
                if (!expected.equals(actual) && mismatches.size() < 5) {
                    mismatches.add(id + ": expected " + expected + " but got " + actual);
                }
            }
        }
        assertEquals(96_967, rows);
        assertTrue(mismatches.isEmpty(), () -> "Mismatches: " + mismatches);
    }
}
