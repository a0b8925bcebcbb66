package com.marketmood.sentiment.core.nn;

import ai.djl.modality.nlp.embedding.TrainableWordEmbedding;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.recurrent.LSTM;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment network: a trainable word embedding (plus, optionally, a bigram embedding added to
 * it), a stack of single-layer LSTMs with dropout, and a linear layer giving the bullish logit.
 *
 * <p>Input: word ids of shape (batch, time), int32, padded on the right with {@link
 * TokenVocabulary#PAD_ID}, and, when the network uses bigrams, bigram ids of the same shape. The
 * LSTM has no mask, so padding goes on the right: the real steps are computed exactly as without
 * padding, and the head reads each row's last real step (and, optionally, the maximum over its real
 * steps), never a padded one. A message's logit therefore does not depend on the batch it is in.
 * Inputs must be padded to the batch's longest message, as {@link NetworkInput} does: a batch of
 * one is then never padded, and the head reads it without masks.
 *
 * <p>Output: the bullish logit, shape (batch, 1); the probability is its sigmoid.
 *
 * <p>The stack is made of separate one-layer {@link LSTM} blocks because their saved parameters
 * load unchanged on either engine.
 */
public final class SentimentNetwork extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float MASK_PENALTY = 1e4f;

    private final NetworkConfig config;
    private final Block wordEmbedding;
    private final Block bigramEmbedding;
    private final Block embeddingDropout;
    private final List<Block> lstms = new ArrayList<>();
    private final List<Block> dropouts = new ArrayList<>();
    private final Block head;

    /**
     * Creates an uninitialised network.
     *
     * @param config the shape of the network
     * @param words the word vocabulary, of {@code config.wordVocabularySize()} ids
     * @param bigrams the bigram vocabulary, of {@code config.bigramVocabularySize()} ids, or {@code
     *     null} when the configuration uses no bigrams
     * @throws IllegalArgumentException if a vocabulary does not match the configuration
     */
    public SentimentNetwork(NetworkConfig config, TokenVocabulary words, TokenVocabulary bigrams) {
        super(VERSION);
        this.config = config;
        checkSize("word", words, config.wordVocabularySize());
        wordEmbedding = addChildBlock("word_embedding", embedding(words, config));
        if (config.usesBigrams()) {
            checkSize("bigram", bigrams, config.bigramVocabularySize());
            bigramEmbedding = addChildBlock("bigram_embedding", embedding(bigrams, config));
        } else {
            bigramEmbedding = null;
        }
        embeddingDropout =
                addChildBlock(
                        "embedding_dropout",
                        Dropout.builder().optRate(config.embeddingDropout()).build());
        for (int i = 0; i < config.lstmSizes().size(); i++) {
            lstms.add(
                    addChildBlock(
                            "lstm_" + i,
                            LSTM.builder()
                                    .setStateSize(config.lstmSizes().get(i))
                                    .setNumLayers(1)
                                    .optBatchFirst(true)
                                    .optReturnState(false)
                                    .build()));
            dropouts.add(
                    addChildBlock(
                            "dropout_" + i, Dropout.builder().optRate(config.dropout()).build()));
        }
        head = addChildBlock("head", Linear.builder().setUnits(1).build());
        // Named here, not only at initialisation, so that a loaded network can be saved again.
        inputNames = config.usesBigrams() ? List.of("words", "bigrams") : List.of("words");
    }

    /**
     * Returns the configuration the network was built with.
     *
     * @return the configuration
     */
    public NetworkConfig getConfig() {
        return config;
    }

    /** {@inheritDoc} */
    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray words = inputs.get(0);
        NDArray x = wordEmbedding.forward(parameterStore, new NDList(words), training).head();
        if (bigramEmbedding != null) {
            NDArray bigrams = inputs.get(1);
            x =
                    x.add(
                            bigramEmbedding
                                    .forward(parameterStore, new NDList(bigrams), training)
                                    .head());
        }
        // Dropout is the identity outside training: skipped, it costs no engine call.
        if (training) {
            x = embeddingDropout.forward(parameterStore, new NDList(x), true).head();
        }
        for (int i = 0; i < lstms.size(); i++) {
            x = lstms.get(i).forward(parameterStore, new NDList(x), training).head();
            if (training) {
                x = dropouts.get(i).forward(parameterStore, new NDList(x), true).head();
            }
        }

        NDArray features = pool(words, x);
        return head.forward(parameterStore, new NDList(features), training);
    }

    /**
     * Reads each row's last real step, and optionally the maximum over its real steps. A batch of
     * one message has no padding (inputs are padded to the batch's longest message), so its last
     * step and plain maximum are read directly: the same values as the masked forms, which add
     * zeros and multiply by ones, in three engine calls instead of seventeen.
     */
    private NDArray pool(NDArray words, NDArray steps) {
        NDManager manager = words.getManager();
        long time = words.getShape().get(1);
        if (words.getShape().get(0) == 1) {
            NDArray last = steps.get(":, -1, :");
            return config.maxPool() ? last.concat(steps.max(new int[] {1}), 1) : last;
        }
        NDArray real = words.neq(TokenVocabulary.PAD_ID).toType(DataType.FLOAT32, false);
        NDArray lastIndex = real.sum(new int[] {1}, true).sub(1f);
        NDArray positions = manager.arange(0f, (float) time, 1f).reshape(1, time);
        NDArray isLast = positions.eq(lastIndex).toType(DataType.FLOAT32, false).expandDims(2);
        NDArray last = steps.mul(isLast).sum(new int[] {1});
        if (!config.maxPool()) {
            return last;
        }
        NDArray padPenalty = real.sub(1f).mul(MASK_PENALTY).expandDims(2);
        NDArray max = steps.add(padPenalty).max(new int[] {1});
        return last.concat(max, 1);
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
        Shape ids = inputShapes[0];
        wordEmbedding.initialize(manager, dataType, ids);
        if (bigramEmbedding != null) {
            bigramEmbedding.initialize(manager, dataType, ids);
        }
        Shape shape = ids.add(config.embeddingSize());
        embeddingDropout.initialize(manager, dataType, shape);
        for (int i = 0; i < lstms.size(); i++) {
            lstms.get(i).initialize(manager, dataType, shape);
            shape = new Shape(ids.get(0), ids.get(1), config.lstmSizes().get(i));
            dropouts.get(i).initialize(manager, dataType, shape);
        }
        long top = config.lstmSizes().get(config.lstmSizes().size() - 1);
        head.initialize(manager, dataType, new Shape(ids.get(0), config.maxPool() ? 2 * top : top));
    }

    private static Block embedding(TokenVocabulary vocabulary, NetworkConfig config) {
        return TrainableWordEmbedding.builder()
                .setVocabulary(vocabulary)
                .optNumEmbeddings((int) vocabulary.size())
                .setEmbeddingSize(config.embeddingSize())
                .optUseDefault(false)
                .build();
    }

    private static void checkSize(String what, TokenVocabulary vocabulary, int expected) {
        long actual = vocabulary == null ? 0 : vocabulary.size();
        if (actual != expected) {
            throw new IllegalArgumentException(
                    "The "
                            + what
                            + " vocabulary has "
                            + actual
                            + " ids but the network configuration expects "
                            + expected);
        }
    }
}
