package com.marketmood.sentiment.core.evaluation;

/**
 * One equal-width bin of predicted bullish probability, as used for the reliability diagram and the
 * expected calibration error.
 *
 * @param lower the inclusive lower edge of the bin
 * @param upper the upper edge of the bin: exclusive, except for the last bin, which holds 1.0
 * @param count how many messages have their bullish probability in the bin
 * @param meanPredicted the mean bullish probability of those messages; {@code NaN} when the bin is
 *     empty
 * @param observedFraction the fraction of those messages that are truly bullish; {@code NaN} when
 *     the bin is empty
 */
public record ReliabilityBin(
        double lower, double upper, int count, double meanPredicted, double observedFraction) {

    /**
     * Tells whether the bin holds no message.
     *
     * @return {@code true} when {@link #count()} is 0
     */
    public boolean isEmpty() {
        return count == 0;
    }
}
