/**
 * The public contract of the StockTwits sentiment SDK: the {@link
 * com.marketmood.sentiment.Sentiment} of a message and its {@link com.marketmood.sentiment.Label}.
 *
 * <p>This package depends on no deep learning engine; the implementation lives in {@code sdk-core}.
 */
package com.marketmood.sentiment;
