package com.marketmood.sentiment.core.training;

import java.util.List;

/**
 * The shape of one ensemble member: how it reads its input and the size of its LSTM stack.
 *
 * @param bigrams whether the member reads bigram ids beside word ids
 * @param embeddingSize the embedding width
 * @param lstmSizes the LSTM state sizes, bottom first
 * @param embeddingDropout the dropout rate on the embedded input
 * @param dropout the dropout rate after each LSTM layer
 * @param maxPool whether the head also reads the maximum over real steps
 * @param reversed whether the member reads each message from its last token to its first
 */
public record MemberConfig(
        boolean bigrams,
        int embeddingSize,
        List<Integer> lstmSizes,
        float embeddingDropout,
        float dropout,
        boolean maxPool,
        boolean reversed) {

    /** Copies the layer list; the network checks the values. */
    public MemberConfig {
        lstmSizes = List.copyOf(lstmSizes);
    }
}
