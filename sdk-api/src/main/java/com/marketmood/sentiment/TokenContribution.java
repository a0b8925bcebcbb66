package com.marketmood.sentiment;

/**
 * One token of a message and how much it moved the model towards bullish.
 *
 * @param token the token as the model reads it, after normalisation (placeholders such as {@code
 *     <TICKER>} included)
 * @param contribution the change in the bullish log-odds that this token causes: the log-odds of
 *     the whole message minus those of the message without this token. Positive pushes towards
 *     bullish, negative towards bearish.
 */
public record TokenContribution(String token, double contribution) {

    /**
     * Validates the components.
     *
     * @throws NullPointerException if the token is null
     * @throws IllegalArgumentException if the contribution is not finite
     */
    public TokenContribution {
        if (token == null) {
            throw new NullPointerException("token");
        }
        if (!Double.isFinite(contribution)) {
            throw new IllegalArgumentException("contribution must be finite: " + contribution);
        }
    }
}
