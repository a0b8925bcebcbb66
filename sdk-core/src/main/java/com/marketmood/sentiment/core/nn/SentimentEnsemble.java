package com.marketmood.sentiment.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * Several {@link SentimentNetwork}s over the same vocabularies whose bullish logits are averaged.
 *
 * <p>Input: word ids and, when a member reads them, bigram ids, laid out as {@link NetworkInput}
 * does; a member that reads words only ignores the bigram ids. Output: the mean of the members'
 * logits, shape (batch, 1). Each member is trained on its own; members that read their input
 * differently (words only, words and bigrams) make different mistakes, which the average cancels.
 */
public final class SentimentEnsemble extends AbstractBlock {

    private static final byte VERSION = 1;

    private final List<SentimentNetwork> members = new ArrayList<>();
    private final boolean bigrams;

    /**
     * Creates an uninitialised ensemble.
     *
     * @param configs the shape of each member, at least one
     * @param words the word vocabulary
     * @param bigramVocabulary the bigram vocabulary, or {@code null} when no member reads bigrams
     * @throws IllegalArgumentException if a vocabulary does not match a member's configuration
     */
    public SentimentEnsemble(
            List<NetworkConfig> configs, TokenVocabulary words, TokenVocabulary bigramVocabulary) {
        super(VERSION);
        if (configs.isEmpty()) {
            throw new IllegalArgumentException("An ensemble needs at least one member");
        }
        for (int i = 0; i < configs.size(); i++) {
            NetworkConfig c = configs.get(i);
            members.add(
                    addChildBlock(
                            "member_" + i,
                            new SentimentNetwork(
                                    c, words, c.usesBigrams() ? bigramVocabulary : null)));
        }
        bigrams = bigramVocabulary != null;
        inputNames = bigrams ? List.of("words", "bigrams") : List.of("words");
    }

    /**
     * Returns the members.
     *
     * @return the member networks, in order
     */
    public List<SentimentNetwork> getMembers() {
        return List.copyOf(members);
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray sum = null;
        for (SentimentNetwork member : members) {
            NDList memberInput =
                    member.getConfig().usesBigrams() ? inputs : new NDList(inputs.get(0));
            NDArray logit = member.forward(parameterStore, memberInput, training).head();
            sum = sum == null ? logit : sum.add(logit);
        }
        return new NDList(members.size() == 1 ? sum : sum.div(members.size()));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }

    /** {@inheritDoc} */
    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        for (SentimentNetwork member : members) {
            if (member.getConfig().usesBigrams()) {
                member.initialize(manager, dataType, inputShapes);
            } else {
                member.initialize(manager, dataType, inputShapes[0]);
            }
        }
    }
}
