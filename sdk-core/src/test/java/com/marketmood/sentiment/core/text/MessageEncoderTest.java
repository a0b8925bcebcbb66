package com.marketmood.sentiment.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageEncoderTest {

    private final TokenVocabulary words = TokenVocabulary.of(List.of("<TICKER>", "calls", "up"));
    private final TokenVocabulary bigrams =
            TokenVocabulary.of(List.of("<s> <TICKER>", "<TICKER> calls"));

    @Test
    void encodesWordsAndBigramsWithUnknownIds() {
        MessageEncoder encoder = new MessageEncoder(words, bigrams, 10);
        MessageEncoder.Encoded e = encoder.encode("$SPY calls way up");
        assertArrayEquals(new int[] {2, 3, 1, 4}, e.words());
        assertArrayEquals(new int[] {2, 3, 1, 1}, e.bigrams());
    }

    @Test
    void emptyTextBecomesOneUnknownToken() {
        MessageEncoder encoder = new MessageEncoder(words, bigrams, 10);
        assertArrayEquals(new int[] {1}, encoder.encode("").words());
        assertArrayEquals(new int[] {1}, encoder.encode(null).bigrams());
        assertArrayEquals(new int[] {1}, encoder.encode("!!! 🚀").words());
    }

    @Test
    void longTextKeepsItsFirstTokens() {
        MessageEncoder encoder = new MessageEncoder(words, null, 2);
        MessageEncoder.Encoded e = encoder.encode("calls up up up $SPY");
        assertArrayEquals(new int[] {3, 4}, e.words());
        assertNull(e.bigrams());
    }
}
