package com.marketmood.sentiment.core.aggregate;

import java.time.Instant;

/**
 * The sentiment of one group of messages: one ticker, and one time bucket when grouping by time.
 *
 * <p>With {@code B} bullish and {@code S} bearish messages, the bullishness index is {@code ln((1 +
 * B) / (1 + S))} and the agreement index {@code 1 - sqrt(1 - ((B - S) / (B + S))^2)}, as defined by
 * Antweiler and Frank, "Is All That Talk Just Noise? The Information Content of Internet Stock
 * Message Boards", Journal of Finance 59(3), 2004. Agreement is 1 when all messages agree and 0
 * when they split evenly.
 *
 * @param ticker the ticker, upper case, without {@code $}
 * @param bucket the start of the time bucket, or {@code null} when not grouping by time
 * @param messages the messages in the group
 * @param bullish the messages labelled bullish
 * @param bearish the messages labelled bearish
 * @param meanBullishProbability the mean bullish probability
 * @param bullishness the bullishness index
 * @param agreement the agreement index
 */
public record GroupIndex(
        String ticker,
        Instant bucket,
        long messages,
        long bullish,
        long bearish,
        double meanBullishProbability,
        double bullishness,
        double agreement) {

    /**
     * Computes a group's figures from its counts.
     *
     * @param ticker the ticker
     * @param bucket the bucket start, or {@code null}
     * @param bullish the bullish messages
     * @param bearish the bearish messages
     * @param probabilitySum the sum of the messages' bullish probabilities
     * @return the group's index
     */
    public static GroupIndex of(
            String ticker, Instant bucket, long bullish, long bearish, double probabilitySum) {
        long n = bullish + bearish;
        double bullishness = Math.log((1.0 + bullish) / (1.0 + bearish));
        double agreement;
        if (n == 0) {
            agreement = Double.NaN;
        } else {
            double balance = (double) (bullish - bearish) / n;
            agreement = 1 - Math.sqrt(Math.max(0, 1 - balance * balance));
        }
        return new GroupIndex(
                ticker,
                bucket,
                n,
                bullish,
                bearish,
                n == 0 ? Double.NaN : probabilitySum / n,
                bullishness,
                agreement);
    }
}
