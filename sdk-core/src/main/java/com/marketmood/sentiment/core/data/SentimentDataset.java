package com.marketmood.sentiment.core.data;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Record;
import ai.djl.util.Progress;
import com.marketmood.sentiment.core.nn.NetworkInput;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import java.util.List;

/**
 * Labelled, encoded messages as a DJL {@link RandomAccessDataset}.
 *
 * <p>Each record's data is one int32 array of shape (rows, length): the word ids and, when the
 * model uses them, the bigram ids; its label is a float32 array holding 1 for bullish and 0 for
 * bearish. The dataset's batchifier pads a batch on the right to its longest message, as the
 * network expects; the sampler decides the batches (by default {@link LengthBucketSampler}).
 */
public final class SentimentDataset extends RandomAccessDataset {

    private final List<Encoded> messages;
    private final boolean[] bullish;
    private final boolean bigrams;

    private SentimentDataset(Builder builder) {
        super(builder);
        this.messages = builder.messages;
        this.bullish = builder.bullish;
        this.bigrams = builder.bigrams;
    }

    /**
     * Returns a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@inheritDoc} */
    @Override
    public Record get(NDManager manager, long index) {
        int i = Math.toIntExact(index);
        NDList data = NetworkInput.ofRecord(manager, messages.get(i), bigrams);
        NDList label = new NDList(manager.create(new float[] {bullish[i] ? 1f : 0f}));
        return new Record(data, label);
    }

    /** {@inheritDoc} */
    @Override
    protected long availableSize() {
        return messages.size();
    }

    /** {@inheritDoc} */
    @Override
    public void prepare(Progress progress) {
        // The messages are encoded in memory before the dataset is built.
    }

    /** Builds a {@link SentimentDataset}. */
    public static final class Builder extends BaseBuilder<Builder> {

        private List<Encoded> messages;
        private boolean[] bullish;
        private boolean bigrams;

        Builder() {
            optDataBatchifier(NetworkInput.batchifier());
        }

        /**
         * Sets the messages and their labels.
         *
         * @param messages the encoded messages
         * @param bullish for each message, whether it is bullish
         * @param bigrams whether records carry bigram ids
         * @return this builder
         */
        public Builder setMessages(List<Encoded> messages, boolean[] bullish, boolean bigrams) {
            if (messages.size() != bullish.length) {
                throw new IllegalArgumentException(
                        messages.size() + " messages but " + bullish.length + " labels");
            }
            this.messages = List.copyOf(messages);
            this.bullish = bullish.clone();
            this.bigrams = bigrams;
            return this;
        }

        /** {@inheritDoc} */
        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the dataset.
         *
         * @return the dataset
         * @throws IllegalStateException if the messages or the sampling are not set
         */
        public SentimentDataset build() {
            if (messages == null) {
                throw new IllegalStateException("setMessages was not called");
            }
            if (sampler == null) {
                throw new IllegalStateException("setSampling was not called");
            }
            return new SentimentDataset(this);
        }
    }
}
