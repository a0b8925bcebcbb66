package com.marketmood.sentiment.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenVocabularyTest {

    @TempDir Path tmp;

    @Test
    void reservesPaddingAndUnknownThenOrdersByFrequencyThenAlphabet() {
        TokenVocabulary v =
                TokenVocabulary.fromCounts(
                        Map.of("calls", 5, "puts", 5, "moon", 9, "rare", 1), 2, 0);
        assertEquals(List.of("<pad>", "<unk>", "moon", "calls", "puts"), v.tokens());
        assertEquals(TokenVocabulary.PAD_ID, v.id("<pad>"));
        assertEquals(TokenVocabulary.UNKNOWN_ID, v.id("rare"));
        assertEquals(3, v.id("calls"));
    }

    @Test
    void maxSizeCountsTheReservedIds() {
        TokenVocabulary v = TokenVocabulary.fromCounts(Map.of("a", 3, "b", 2, "c", 1), 1, 4);
        assertEquals(List.of("<pad>", "<unk>", "a", "b"), v.tokens());
    }

    @Test
    void savesAndLoadsTheSameIds() throws Exception {
        TokenVocabulary v = TokenVocabulary.of(List.of("bull", "bear", "$", "ünï"));
        Path file = tmp.resolve("words.txt");
        v.save(file);
        assertEquals(v.tokens(), TokenVocabulary.load(file).tokens());
    }

    @Test
    void loadRefusesAFileWithoutTheReservedTokens() throws Exception {
        Path file = tmp.resolve("bad.txt");
        Files.writeString(file, "bull\nbear\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> TokenVocabulary.load(file));
        assertEquals(file + ": A vocabulary must start with <pad> and <unk>", e.getMessage());
    }
}
