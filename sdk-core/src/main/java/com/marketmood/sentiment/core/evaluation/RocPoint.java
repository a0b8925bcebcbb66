package com.marketmood.sentiment.core.evaluation;

/**
 * One point of a ROC curve.
 *
 * @param falsePositiveRate the fraction of bearish messages predicted bullish, in [0, 1]
 * @param truePositiveRate the fraction of bullish messages predicted bullish, in [0, 1]
 */
public record RocPoint(double falsePositiveRate, double truePositiveRate) {}
