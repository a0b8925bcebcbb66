package com.marketmood.sentiment.core.model;

import com.marketmood.sentiment.core.nn.NetworkConfig;

/**
 * What a saved model needs to be rebuilt and to read text as it was trained to: the network's
 * shape, the token limit and the calibration temperature. Saved as {@value
 * SentimentArtifact#CONFIG_FILE} beside the parameters.
 *
 * @param formatVersion the artifact format; a loader refuses versions it does not know
 * @param preset the training preset the model came from
 * @param normalization the text normalisation, {@value #TUTORIAL_NORMALIZATION}
 * @param maxTokens the most tokens read from a message (its first ones)
 * @param network the network's shape
 * @param temperature the logit divisor fitted on validation data; 1 for none
 * @param engine the engine the model was trained on
 */
public record ModelConfig(
        int formatVersion,
        String preset,
        String normalization,
        int maxTokens,
        NetworkConfig network,
        double temperature,
        String engine) {

    /** The artifact format this version of the SDK writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** The name of the tutorial's normalisation. */
    public static final String TUTORIAL_NORMALIZATION = "stocktwits-tutorial";

    /**
     * Returns a copy with another temperature.
     *
     * @param t the temperature
     * @return the changed configuration
     */
    public ModelConfig withTemperature(double t) {
        return new ModelConfig(formatVersion, preset, normalization, maxTokens, network, t, engine);
    }
}
