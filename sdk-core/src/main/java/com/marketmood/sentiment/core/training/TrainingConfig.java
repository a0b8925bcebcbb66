package com.marketmood.sentiment.core.training;

import com.marketmood.sentiment.core.nn.NetworkConfig;
import java.util.List;

/**
 * Everything that decides what a training run produces: the shared input representation and
 * optimisation, and the members of the ensemble, each trained on its own and averaged in logit
 * space. The presets are in {@link Presets}.
 *
 * @param preset the preset's name, recorded with the model
 * @param wordMinCount the fewest training occurrences a word needs to get its own id
 * @param bigramMinCount the fewest training occurrences a bigram needs to get its own id; 0 when no
 *     member reads bigrams
 * @param maxTokens the most tokens read from a message (its first ones)
 * @param batchSize messages per training batch
 * @param learningRate Adam's initial learning rate
 * @param learningRateDecay the factor applied to the learning rate after each epoch
 * @param weightDecay Adam's L2 weight decay
 * @param maxEpochs the most epochs per member
 * @param patience epochs without a better validation accuracy before a member stops
 * @param seed the seed of initialisation, dropout and shuffling; member {@code i} uses {@code seed
 *     + i}
 * @param members the ensemble members, at least one
 */
public record TrainingConfig(
        String preset,
        int wordMinCount,
        int bigramMinCount,
        int maxTokens,
        int batchSize,
        float learningRate,
        float learningRateDecay,
        float weightDecay,
        int maxEpochs,
        int patience,
        int seed,
        List<MemberConfig> members) {

    /** Validates the configuration. */
    public TrainingConfig {
        require(members != null && !members.isEmpty(), "members must list at least one member");
        members = List.copyOf(members);
        require(wordMinCount >= 1, "wordMinCount must be at least 1");
        require(bigramMinCount >= 0, "bigramMinCount must not be negative");
        boolean anyBigrams = members.stream().anyMatch(MemberConfig::bigrams);
        require(
                anyBigrams == (bigramMinCount > 0),
                "bigramMinCount must be positive exactly when a member reads bigrams");
        require(maxTokens >= 1, "maxTokens must be positive");
        require(batchSize >= 1, "batchSize must be positive");
        require(learningRate > 0f, "learningRate must be positive");
        require(learningRateDecay > 0f && learningRateDecay <= 1f, "learningRateDecay in (0, 1]");
        require(weightDecay >= 0f, "weightDecay must not be negative");
        require(maxEpochs >= 1, "maxEpochs must be positive");
        require(patience >= 1, "patience must be positive");
    }

    /**
     * Returns whether any member reads bigram ids, so that a bigram vocabulary is built.
     *
     * @return {@code true} when bigrams are counted
     */
    public boolean usesBigrams() {
        return bigramMinCount > 0;
    }

    /**
     * Returns the network configuration of a member for vocabularies of the given sizes.
     *
     * @param member the member's index
     * @param wordVocabularySize the word ids
     * @param bigramVocabularySize the bigram ids, 0 without bigrams
     * @return the network configuration
     */
    public NetworkConfig network(int member, int wordVocabularySize, int bigramVocabularySize) {
        MemberConfig m = members.get(member);
        return new NetworkConfig(
                wordVocabularySize,
                m.bigrams() ? bigramVocabularySize : 0,
                m.embeddingSize(),
                m.lstmSizes(),
                m.embeddingDropout(),
                m.dropout(),
                m.maxPool(),
                m.reversed());
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
