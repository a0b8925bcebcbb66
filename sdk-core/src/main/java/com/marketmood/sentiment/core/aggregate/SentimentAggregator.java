package com.marketmood.sentiment.core.aggregate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accumulates scored messages into per-ticker (and, optionally, per-time-bucket) sentiment indices.
 * A message counts once for every distinct ticker it names; a message naming none is counted in
 * {@link #untagged()} only. Memory grows with the number of groups, not of messages. Not
 * thread-safe.
 */
public final class SentimentAggregator {

    private final TimeBucket bucket;
    private final Map<Key, long[]> counts = new HashMap<>();
    private final Map<Key, double[]> sums = new HashMap<>();
    private long messages;
    private long untagged;

    /**
     * Creates an aggregator.
     *
     * @param bucket the time bucket, or {@code null} to group by ticker only
     */
    public SentimentAggregator(TimeBucket bucket) {
        this.bucket = bucket;
    }

    /**
     * Adds one scored message.
     *
     * @param text the raw message, where the cashtags are found
     * @param bullish whether it was labelled bullish
     * @param bullishProbability its bullish probability
     * @param timestamp when it was posted; required exactly when grouping by time
     * @throws IllegalArgumentException if the probability is not in [0, 1], or the timestamp is
     *     missing while grouping by time
     */
    public void add(String text, boolean bullish, double bullishProbability, Instant timestamp) {
        if (!(bullishProbability >= 0 && bullishProbability <= 1)) {
            throw new IllegalArgumentException(
                    "bullish probability must be in [0, 1]: " + bullishProbability);
        }
        if (bucket != null && timestamp == null) {
            throw new IllegalArgumentException("a timestamp is needed when grouping by time");
        }
        Instant start = bucket == null ? null : bucket.start(timestamp);
        messages++;
        boolean any = false;
        for (String ticker : Cashtags.of(text)) {
            any = true;
            Key key = new Key(ticker, start);
            long[] c = counts.computeIfAbsent(key, k -> new long[2]);
            c[bullish ? 0 : 1]++;
            sums.computeIfAbsent(key, k -> new double[1])[0] += bullishProbability;
        }
        if (!any) {
            untagged++;
        }
    }

    /**
     * Returns the groups, sorted by ticker, then by bucket.
     *
     * @return one index per group
     */
    public List<GroupIndex> groups() {
        List<GroupIndex> out = new ArrayList<>(counts.size());
        for (Map.Entry<Key, long[]> e : counts.entrySet()) {
            Key k = e.getKey();
            out.add(
                    GroupIndex.of(
                            k.ticker(),
                            k.bucket(),
                            e.getValue()[0],
                            e.getValue()[1],
                            sums.get(k)[0]));
        }
        out.sort(
                Comparator.comparing(GroupIndex::ticker)
                        .thenComparing(
                                GroupIndex::bucket,
                                Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /**
     * Returns the messages added.
     *
     * @return the count
     */
    public long messages() {
        return messages;
    }

    /**
     * Returns the messages that named no ticker.
     *
     * @return the count
     */
    public long untagged() {
        return untagged;
    }

    private record Key(String ticker, Instant bucket) {
        Key {
            Objects.requireNonNull(ticker);
        }
    }
}
