package com.marketmood.sentiment.core.nn;

import java.util.List;

/**
 * The shape of a {@link SentimentNetwork}.
 *
 * @param wordVocabularySize the number of word ids, reserved ones included
 * @param bigramVocabularySize the number of bigram ids, reserved ones included; 0 when the network
 *     reads words only
 * @param embeddingSize the width of the word (and bigram) embedding
 * @param lstmSizes the state size of each LSTM layer, bottom first
 * @param embeddingDropout the dropout rate on the embedded input
 * @param dropout the dropout rate after each LSTM layer
 * @param maxPool whether the head reads the maximum over real steps beside the last real step
 * @param reversed whether the network reads each message from its last token to its first
 */
public record NetworkConfig(
        int wordVocabularySize,
        int bigramVocabularySize,
        int embeddingSize,
        List<Integer> lstmSizes,
        float embeddingDropout,
        float dropout,
        boolean maxPool,
        boolean reversed) {

    /** Validates the configuration and copies the layer list. */
    public NetworkConfig {
        if (wordVocabularySize < 2) {
            throw new IllegalArgumentException("wordVocabularySize must be at least 2");
        }
        if (bigramVocabularySize != 0 && bigramVocabularySize < 2) {
            throw new IllegalArgumentException("bigramVocabularySize must be 0 or at least 2");
        }
        if (embeddingSize < 1) {
            throw new IllegalArgumentException("embeddingSize must be positive");
        }
        lstmSizes = List.copyOf(lstmSizes);
        if (lstmSizes.isEmpty() || lstmSizes.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("lstmSizes must be one or more positive sizes");
        }
        checkRate("embeddingDropout", embeddingDropout);
        checkRate("dropout", dropout);
    }

    /**
     * Returns whether the network reads bigram ids beside word ids.
     *
     * @return {@code true} when there is a bigram embedding
     */
    public boolean usesBigrams() {
        return bigramVocabularySize > 0;
    }

    private static void checkRate(String name, float rate) {
        if (!(rate >= 0f && rate < 1f)) {
            throw new IllegalArgumentException(name + " must be in [0, 1), got " + rate);
        }
    }
}
