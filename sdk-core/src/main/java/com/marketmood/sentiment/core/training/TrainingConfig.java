package com.marketmood.sentiment.core.training;

import com.marketmood.sentiment.core.nn.NetworkConfig;
import java.util.List;

/**
 * Everything that decides what a training run produces: the input representation, the network's
 * shape and the optimisation. The presets are in {@link Presets}.
 *
 * @param preset the preset's name, recorded with the model
 * @param wordMinCount the fewest training occurrences a word needs to get its own id
 * @param bigramMinCount the fewest training occurrences a bigram needs to get its own id; 0 to read
 *     words only
 * @param maxTokens the most tokens read from a message (its first ones)
 * @param embeddingSize the embedding width
 * @param lstmSizes the LSTM state sizes, bottom first
 * @param embeddingDropout the dropout rate on the embedded input
 * @param dropout the dropout rate after each LSTM layer
 * @param maxPool whether the head also reads the maximum over real steps
 * @param batchSize messages per training batch
 * @param learningRate Adam's initial learning rate
 * @param learningRateDecay the factor applied to the learning rate after each epoch
 * @param weightDecay Adam's L2 weight decay
 * @param maxEpochs the most epochs
 * @param patience epochs without a better validation accuracy before stopping
 * @param averageFrom the first epoch whose end-of-epoch parameters are averaged into the model
 *     (checkpoint averaging); 0 for none
 * @param seed the seed of initialisation, dropout and shuffling
 */
public record TrainingConfig(
        String preset,
        int wordMinCount,
        int bigramMinCount,
        int maxTokens,
        int embeddingSize,
        List<Integer> lstmSizes,
        float embeddingDropout,
        float dropout,
        boolean maxPool,
        int batchSize,
        float learningRate,
        float learningRateDecay,
        float weightDecay,
        int maxEpochs,
        int patience,
        int averageFrom,
        int seed) {

    /** Validates the configuration. */
    public TrainingConfig {
        lstmSizes = List.copyOf(lstmSizes);
        require(wordMinCount >= 1, "wordMinCount must be at least 1");
        require(bigramMinCount >= 0, "bigramMinCount must not be negative");
        require(maxTokens >= 1, "maxTokens must be positive");
        require(batchSize >= 1, "batchSize must be positive");
        require(learningRate > 0f, "learningRate must be positive");
        require(learningRateDecay > 0f && learningRateDecay <= 1f, "learningRateDecay in (0, 1]");
        require(weightDecay >= 0f, "weightDecay must not be negative");
        require(maxEpochs >= 1, "maxEpochs must be positive");
        require(patience >= 1, "patience must be positive");
        require(averageFrom >= 0, "averageFrom must not be negative");
    }

    /**
     * Returns whether training averages parameters over epochs.
     *
     * @return {@code true} when {@code averageFrom} is set
     */
    public boolean averages() {
        return averageFrom > 0;
    }

    /**
     * Returns whether the model reads bigram ids.
     *
     * @return {@code true} when bigrams are counted
     */
    public boolean usesBigrams() {
        return bigramMinCount > 0;
    }

    /**
     * Returns the network configuration for vocabularies of the given sizes.
     *
     * @param wordVocabularySize the word ids
     * @param bigramVocabularySize the bigram ids, 0 without bigrams
     * @return the network configuration
     */
    public NetworkConfig network(int wordVocabularySize, int bigramVocabularySize) {
        return new NetworkConfig(
                wordVocabularySize,
                bigramVocabularySize,
                embeddingSize,
                lstmSizes,
                embeddingDropout,
                dropout,
                maxPool);
    }

    /**
     * Returns a copy with another epoch limit.
     *
     * @param epochs the most epochs
     * @return the changed configuration
     */
    public TrainingConfig withMaxEpochs(int epochs) {
        return new TrainingConfig(
                preset,
                wordMinCount,
                bigramMinCount,
                maxTokens,
                embeddingSize,
                lstmSizes,
                embeddingDropout,
                dropout,
                maxPool,
                batchSize,
                learningRate,
                learningRateDecay,
                weightDecay,
                epochs,
                patience,
                averageFrom,
                seed);
    }

    /**
     * Returns a copy with another seed.
     *
     * @param newSeed the seed
     * @return the changed configuration
     */
    public TrainingConfig withSeed(int newSeed) {
        return new TrainingConfig(
                preset,
                wordMinCount,
                bigramMinCount,
                maxTokens,
                embeddingSize,
                lstmSizes,
                embeddingDropout,
                dropout,
                maxPool,
                batchSize,
                learningRate,
                learningRateDecay,
                weightDecay,
                maxEpochs,
                patience,
                averageFrom,
                newSeed);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
