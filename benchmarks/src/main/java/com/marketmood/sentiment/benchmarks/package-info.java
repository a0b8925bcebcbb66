/**
 * Benchmarks of the SDK: JMH benchmarks of prediction and training per engine, programs for cold
 * start, resident memory and a side-by-side comparison with Apache OpenNLP. They read real messages
 * from the StockTwits data set named by {@code STOCKTWITS_DATA}.
 */
package com.marketmood.sentiment.benchmarks;
