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
 * <p>Input: the arrays of {@link InputLayout}; each member reads its part of them (words or words
 * and bigrams, forwards or backwards). Output: the mean of the members' logits, shape (batch, 1).
 * Each member is trained on its own; members that read their input differently (words only, words
 * and bigrams) make different mistakes, which the average cancels.
 */
public final class SentimentEnsemble extends AbstractBlock {

    private static final byte VERSION = 1;

    private final List<SentimentNetwork> members = new ArrayList<>();
    private final InputLayout layout;

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
        layout = InputLayout.of(configs);
        inputNames = layout.names();
    }

    /**
     * Returns the layout of the input the ensemble reads.
     *
     * @return the layout
     */
    public InputLayout getLayout() {
        return layout;
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
            NDList memberInput = layout.select(inputs, member.getConfig());
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
            Shape[] memberShapes = new Shape[member.getConfig().usesBigrams() ? 2 : 1];
            java.util.Arrays.fill(memberShapes, inputShapes[0]);
            member.initialize(manager, dataType, memberShapes);
        }
    }
}
