package com.marketmood.sentiment;

/** The two classes a StockTwits author can tag a message with. */
public enum Label {
    /** The author expects the price to rise. */
    BULLISH,
    /** The author expects the price to fall. */
    BEARISH;

    /**
     * Returns the label for a probability that a message is bullish, with 0.5 as the boundary.
     *
     * @param bullishProbability a probability in [0, 1]
     * @return {@link #BULLISH} when the probability is at least 0.5, else {@link #BEARISH}
     * @throws IllegalArgumentException if the probability is not a finite number in [0, 1]
     */
    public static Label of(double bullishProbability) {
        Sentiment.checkProbability(bullishProbability);
        return bullishProbability >= 0.5 ? BULLISH : BEARISH;
    }

    /**
     * Parses a label as written in the StockTwits data: {@code bullish} or {@code bearish}, in any
     * case, with surrounding white space ignored.
     *
     * @param text the label text
     * @return the label
     * @throws IllegalArgumentException if the text is null or names no label
     */
    public static Label parse(String text) {
        if (text != null) {
            String t = text.strip();
            for (Label label : values()) {
                if (label.name().equalsIgnoreCase(t)) {
                    return label;
                }
            }
        }
        throw new IllegalArgumentException(
                "Unknown sentiment label '" + text + "': expected 'bullish' or 'bearish'");
    }
}
