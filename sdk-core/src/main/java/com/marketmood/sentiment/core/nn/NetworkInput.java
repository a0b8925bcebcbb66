package com.marketmood.sentiment.core.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.StackBatchifier;
import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.util.List;

/**
 * Lays encoded messages out as the {@link SentimentNetwork} reads them: int32 arrays of shape
 * (batch, time), padded on the right with {@link TokenVocabulary#PAD_ID} to the batch's longest
 * message, word ids first, then bigram ids when the network uses them.
 */
public final class NetworkInput {

    private NetworkInput() {}

    /**
     * Creates the network input for a batch of messages.
     *
     * @param manager the manager of the new arrays
     * @param messages the encoded messages, at least one
     * @param bigrams whether to include the bigram ids
     * @return the input arrays
     */
    public static NDList of(NDManager manager, List<Encoded> messages, boolean bigrams) {
        int batch = messages.size();
        int time = 0;
        for (Encoded m : messages) {
            time = Math.max(time, m.length());
        }
        int[] words = new int[batch * time];
        int[] bigramIds = bigrams ? new int[batch * time] : null;
        for (int i = 0; i < batch; i++) {
            Encoded m = messages.get(i);
            System.arraycopy(m.words(), 0, words, i * time, m.length());
            if (bigrams) {
                System.arraycopy(m.bigrams(), 0, bigramIds, i * time, m.length());
            }
        }
        Shape shape = new Shape(batch, time);
        NDList list = new NDList(bigrams ? 2 : 1);
        list.add(manager.create(words, shape));
        if (bigrams) {
            list.add(manager.create(bigramIds, shape));
        }
        return list;
    }

    /**
     * Returns the array of one message as a training record holds it: shape (rows, length), one row
     * of word ids and, with bigrams, one row of bigram ids.
     *
     * @param manager the manager of the new array
     * @param message the encoded message
     * @param bigrams whether to include the bigram ids
     * @return the record's data
     */
    public static NDList ofRecord(NDManager manager, Encoded message, boolean bigrams) {
        int n = message.length();
        int[] data = new int[bigrams ? 2 * n : n];
        System.arraycopy(message.words(), 0, data, 0, n);
        if (bigrams) {
            System.arraycopy(message.bigrams(), 0, data, n, n);
        }
        return new NDList(manager.create(data, new Shape(bigrams ? 2 : 1, n)));
    }

    /**
     * Returns the {@link Batchifier} that pads records made by {@link #ofRecord} into network
     * input.
     *
     * @return the batchifier
     */
    public static Batchifier batchifier() {
        return new RightPadBatchifier();
    }

    /** Pads records of shape (rows, length) on the right into one (batch, time) array per row. */
    private static final class RightPadBatchifier implements Batchifier {

        private static final long serialVersionUID = 1L;

        @Override
        public NDList batchify(NDList[] inputs) {
            NDManager manager = inputs[0].head().getManager();
            int rows = (int) inputs[0].head().getShape().get(0);
            int batch = inputs.length;
            int[][] data = new int[batch][];
            int time = 0;
            for (int i = 0; i < batch; i++) {
                data[i] = inputs[i].head().toIntArray();
                time = Math.max(time, data[i].length / rows);
            }
            NDList out = new NDList(rows);
            for (int r = 0; r < rows; r++) {
                int[] padded = new int[batch * time];
                for (int i = 0; i < batch; i++) {
                    int n = data[i].length / rows;
                    System.arraycopy(data[i], r * n, padded, i * time, n);
                }
                out.add(manager.create(padded, new Shape(batch, time)));
            }
            return out;
        }

        @Override
        public NDList[] unbatchify(NDList inputs) {
            // The network's output (one logit a row) is unpadded, so stacking's inverse applies.
            return new StackBatchifier().unbatchify(inputs);
        }

        @Override
        public NDList[] split(NDList list, int numOfSlices, boolean evenSplit) {
            return new StackBatchifier().split(list, numOfSlices, evenSplit);
        }
    }
}
