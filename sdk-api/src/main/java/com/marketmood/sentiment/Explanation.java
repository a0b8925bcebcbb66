package com.marketmood.sentiment;

import java.util.List;

/**
 * Why a message got its sentiment: the tokens the model read, each with its contribution to the
 * bullish log-odds, and the prediction itself.
 *
 * <p>Contributions come from leaving each token out in turn (occlusion): a token's contribution is
 * the model's bullish log-odds for the whole message minus its log-odds for the message without
 * that token, the other tokens kept in order. This measures exactly what the question "what if this
 * token were not there?" asks of this model, with no approximation and no gradient, so it means the
 * same on every engine; the contributions need not add up to the log-odds, because the LSTM reads
 * tokens in context. Log-odds are after the model's calibration temperature, so {@code 1 / (1 +
 * exp(-logOdds))} is {@link Sentiment#bullishProbability()}.
 *
 * @param sentiment the prediction for the whole message, equal to {@code predict(text)}
 * @param logOdds the bullish log-odds of the whole message
 * @param tokens the tokens read, in order, with their contributions; empty when the text normalises
 *     to no token, and at most {@link ModelInfo#maxTokens()} long (later tokens are not read, as in
 *     {@code predict})
 */
public record Explanation(Sentiment sentiment, double logOdds, List<TokenContribution> tokens) {

    /**
     * Copies the token list.
     *
     * @throws NullPointerException if a component is null
     */
    public Explanation {
        if (sentiment == null || tokens == null) {
            throw new NullPointerException("sentiment and tokens must not be null");
        }
        tokens = List.copyOf(tokens);
    }
}
