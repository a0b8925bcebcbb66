package com.marketmood.sentiment.core.model;

import com.marketmood.sentiment.core.nn.InputLayout;
import com.marketmood.sentiment.core.nn.NetworkConfig;
import java.util.List;

/**
 * What a saved model needs to be rebuilt and to read text as it was trained to: the vocabulary
 * sizes, the shape of each ensemble member, the token limit and the calibration temperature. Saved
 * as {@value SentimentArtifact#CONFIG_FILE} beside the parameters.
 *
 * @param formatVersion the artifact format; a loader refuses versions it does not know
 * @param preset the training preset the model came from
 * @param normalization the text normalisation, {@value #TUTORIAL_NORMALIZATION}
 * @param maxTokens the most tokens read from a message (its first ones)
 * @param wordVocabularySize the number of word ids
 * @param bigramVocabularySize the number of bigram ids; 0 when no member reads bigrams
 * @param members the shape of each ensemble member
 * @param temperature the logit divisor fitted on validation data; 1 for none
 * @param engine the engine the model was trained on
 */
public record ModelConfig(
        int formatVersion,
        String preset,
        String normalization,
        int maxTokens,
        int wordVocabularySize,
        int bigramVocabularySize,
        List<NetworkConfig> members,
        double temperature,
        String engine) {

    /** The artifact format this version of the SDK writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** The name of the tutorial's normalisation. */
    public static final String TUTORIAL_NORMALIZATION = "stocktwits-tutorial";

    /** Copies the member list. */
    public ModelConfig {
        members = members == null ? null : List.copyOf(members);
    }

    /**
     * Returns whether the model reads bigram ids.
     *
     * @return {@code true} when there is a bigram vocabulary
     */
    public boolean usesBigrams() {
        return bigramVocabularySize > 0;
    }

    /**
     * Returns the layout of the input the model reads.
     *
     * @return the layout
     */
    public InputLayout layout() {
        return InputLayout.of(members);
    }

    /**
     * Returns a copy with another temperature.
     *
     * @param t the temperature
     * @return the changed configuration
     */
    public ModelConfig withTemperature(double t) {
        return new ModelConfig(
                formatVersion,
                preset,
                normalization,
                maxTokens,
                wordVocabularySize,
                bigramVocabularySize,
                members,
                t,
                engine);
    }
}
