package com.marketmood.sentiment.core.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temperature scaling (Guo et al., 2017): one scalar {@code T > 0} that divides every logit before
 * the sigmoid, chosen to minimise the negative log-likelihood.
 *
 * <p>Fit it on the <em>validation</em> split only, never on the test split, and then report the
 * test split at the fitted temperature beside the raw one ({@code T = 1}). Dividing by a positive
 * {@code T} does not move any logit across 0, so predicted labels, accuracy and ROC AUC stay as
 * they are; only the probabilities, and with them calibration, Brier score and log loss, change.
 *
 * <p>The fit is a one-dimensional golden-section search over {@code ln T} in {@code [ln 0.05, ln
 * 20]}, to a width of 1e-6 in {@code ln T}. The negative log-likelihood is convex in {@code 1 / T},
 * hence unimodal in {@code ln T}, so the search finds the minimum within that bracket, or the
 * nearer end when the minimum lies outside it. The result is deterministic.
 */
public final class TemperatureScaling {

    /** The smallest temperature the fit returns. */
    public static final double MIN_TEMPERATURE = 0.05;

    /** The largest temperature the fit returns. */
    public static final double MAX_TEMPERATURE = 20;

    private static final double TOLERANCE = 1e-6;
    private static final double INVERSE_GOLDEN_RATIO = (Math.sqrt(5) - 1) / 2;
    private static final Logger LOGGER = LoggerFactory.getLogger(TemperatureScaling.class);

    private TemperatureScaling() {}

    /**
     * Fits the temperature on validation data.
     *
     * @param logits the model's bullish logit for each validation message
     * @param bullish whether each validation message is truly bullish
     * @return the temperature, in [{@value #MIN_TEMPERATURE}, {@value #MAX_TEMPERATURE}],
     *     minimising {@link #negativeLogLikelihood}; 1 when every logit is 0, since the likelihood
     *     then does not depend on the temperature
     * @throws IllegalArgumentException if the arrays differ in length or are empty, or a logit is
     *     not finite
     * @throws NullPointerException if an array is {@code null}
     */
    public static double fit(float[] logits, boolean[] bullish) {
        BinaryEvaluation.checkInputs(logits, bullish);
        boolean allZero = true;
        for (float logit : logits) {
            if (logit != 0f) {
                allZero = false;
                break;
            }
        }
        if (allZero) {
            LOGGER.debug("Every logit is 0; keeping temperature 1");
            return 1;
        }
        double low = Math.log(MIN_TEMPERATURE);
        double high = Math.log(MAX_TEMPERATURE);
        double left = high - INVERSE_GOLDEN_RATIO * (high - low);
        double right = low + INVERSE_GOLDEN_RATIO * (high - low);
        double leftLoss = nll(logits, bullish, Math.exp(left));
        double rightLoss = nll(logits, bullish, Math.exp(right));
        int iterations = 0;
        while (high - low > TOLERANCE) {
            if (leftLoss <= rightLoss) {
                high = right;
                right = left;
                rightLoss = leftLoss;
                left = high - INVERSE_GOLDEN_RATIO * (high - low);
                leftLoss = nll(logits, bullish, Math.exp(left));
            } else {
                low = left;
                left = right;
                leftLoss = rightLoss;
                right = low + INVERSE_GOLDEN_RATIO * (high - low);
                rightLoss = nll(logits, bullish, Math.exp(right));
            }
            iterations++;
        }
        double temperature = Math.exp((low + high) / 2);
        temperature = Math.min(Math.max(temperature, MIN_TEMPERATURE), MAX_TEMPERATURE);
        if (LOGGER.isDebugEnabled()) {
            LOGGER.debug(
                    "Fitted temperature {} on {} messages in {} steps: NLL {} at T=1, {} fitted",
                    temperature,
                    logits.length,
                    iterations,
                    nll(logits, bullish, 1),
                    nll(logits, bullish, temperature));
        }
        return temperature;
    }

    /**
     * The mean negative log-likelihood of the labels under {@code sigmoid(logit / temperature)},
     * computed exactly (without the clipping of {@link BinaryEvaluation#logLoss()}).
     *
     * @param logits the bullish logits
     * @param bullish the true labels
     * @param temperature the temperature, finite and above 0
     * @return the mean negative log-likelihood, in nats
     * @throws IllegalArgumentException if the inputs are invalid as for {@link #fit}, or the
     *     temperature is not finite and above 0
     * @throws NullPointerException if an array is {@code null}
     */
    public static double negativeLogLikelihood(
            float[] logits, boolean[] bullish, double temperature) {
        BinaryEvaluation.checkInputs(logits, bullish);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException(
                    "The temperature must be finite and above 0, not " + temperature);
        }
        return nll(logits, bullish, temperature);
    }

    private static double nll(float[] logits, boolean[] bullish, double temperature) {
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double z = logits[i] / temperature;
            // -log sigmoid(z) = softplus(-z); -log(1 - sigmoid(z)) = softplus(z).
            sum += softplus(bullish[i] ? -z : z);
        }
        return sum / logits.length;
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
