/**
 * Training data: the StockTwits data set and its fixed split, and the DJL {@code Dataset} and
 * {@code Sampler} that feed it to training.
 */
package com.marketmood.sentiment.core.data;
