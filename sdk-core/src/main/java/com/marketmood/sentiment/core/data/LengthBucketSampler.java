package com.marketmood.sentiment.core.data;

import ai.djl.training.dataset.RandomAccessDataset;
import ai.djl.training.dataset.Sampler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * A DJL {@link Sampler} that groups messages of similar length into batches, so that little time
 * goes into padding, and shuffles them.
 *
 * <p>Each pass (epoch) shuffles the messages, sorts them by length (a stable sort, so messages of
 * equal length stay shuffled), cuts the order into batches and shuffles the batches. With {@code
 * shuffle} off the batches come in length order, the same every pass. The randomness comes from the
 * seed and the pass number only, so a run is repeatable.
 */
public final class LengthBucketSampler implements Sampler {

    private final int batchSize;
    private final int[] lengths;
    private final boolean shuffle;
    private final long seed;
    private int pass;

    /**
     * Creates a sampler.
     *
     * @param batchSize the most messages in a batch
     * @param lengths the length of every message of the dataset, by index
     * @param shuffle whether to shuffle within equal lengths and the order of the batches
     * @param seed the seed of the shuffling
     */
    public LengthBucketSampler(int batchSize, int[] lengths, boolean shuffle, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive, got " + batchSize);
        }
        this.batchSize = batchSize;
        this.lengths = lengths.clone();
        this.shuffle = shuffle;
        this.seed = seed;
    }

    /** {@inheritDoc} */
    @Override
    public Iterator<List<Long>> sample(RandomAccessDataset dataset) {
        int size = Math.toIntExact(dataset.size());
        if (size > lengths.length) {
            throw new IllegalArgumentException(
                    "The dataset has " + size + " records but only " + lengths.length + " lengths");
        }
        Random random = new Random(seed * 1_000_003L + pass++);
        List<Long> order = new ArrayList<>(size);
        for (long i = 0; i < size; i++) {
            order.add(i);
        }
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        order.sort(Comparator.comparingInt(i -> lengths[(int) (long) i]));

        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < size; from += batchSize) {
            batches.add(order.subList(from, Math.min(size, from + batchSize)));
        }
        if (shuffle) {
            Collections.shuffle(batches, random);
        }
        return batches.iterator();
    }

    /** {@inheritDoc} */
    @Override
    public int getBatchSize() {
        return batchSize;
    }
}
