package com.marketmood.sentiment;

/**
 * The sentiment of one message: its label and the probability that it is bullish.
 *
 * <p>Instances are immutable. The label always agrees with the probability: {@link Label#BULLISH}
 * exactly when {@code bullishProbability >= 0.5}.
 *
 * @param label the predicted label
 * @param bullishProbability the probability, in [0, 1], that the message is bullish
 */
public record Sentiment(Label label, double bullishProbability) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the probability is not a finite number in [0, 1] or
     *     disagrees with the label
     * @throws NullPointerException if the label is null
     */
    public Sentiment {
        if (label == null) {
            throw new NullPointerException("label");
        }
        checkProbability(bullishProbability);
        if (Label.of(bullishProbability) != label) {
            throw new IllegalArgumentException(
                    "Label " + label + " disagrees with bullish probability " + bullishProbability);
        }
    }

    /**
     * Returns the sentiment for a probability that a message is bullish.
     *
     * @param bullishProbability a probability in [0, 1]
     * @return the sentiment, labelled bullish when the probability is at least 0.5
     * @throws IllegalArgumentException if the probability is not a finite number in [0, 1]
     */
    public static Sentiment ofProbability(double bullishProbability) {
        return new Sentiment(Label.of(bullishProbability), bullishProbability);
    }

    /**
     * Returns the probability that the message is bearish, {@code 1 - bullishProbability()}.
     *
     * @return the probability, in [0, 1], that the message is bearish
     */
    public double bearishProbability() {
        return 1.0 - bullishProbability;
    }

    static void checkProbability(double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("Probability must be in [0, 1], got " + p);
        }
    }
}
