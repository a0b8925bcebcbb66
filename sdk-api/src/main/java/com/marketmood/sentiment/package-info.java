/**
 * The public contract of the StockTwits sentiment SDK: {@link
 * com.marketmood.sentiment.SentimentModel} (load, predict, explain), the {@link
 * com.marketmood.sentiment.Sentiment} of a message and its {@link com.marketmood.sentiment.Label},
 * {@link com.marketmood.sentiment.Explanation}s, and the checked {@link
 * com.marketmood.sentiment.ModelException}s of loading.
 *
 * <p>This package depends on no deep learning engine; the implementation lives in {@code sdk-core}.
 */
package com.marketmood.sentiment;
