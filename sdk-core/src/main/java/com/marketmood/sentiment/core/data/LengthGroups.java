package com.marketmood.sentiment.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Scores a list in groups of similar length and gives the results back in the list's order.
 *
 * <p>A forward pass pads every message to the longest one it holds, so scoring messages in their
 * arrival order wastes most of a pass on padding. Sorting by length first (stable, so equal lengths
 * keep their order) and cutting the order into groups makes each pass pad only to its own longest
 * message. The network's answer for a message does not depend on its group, so the results are the
 * same as scoring each message alone.
 */
public final class LengthGroups {

    private LengthGroups() {}

    /**
     * Scores items in groups of similar length.
     *
     * @param items the items, in the caller's order
     * @param length an item's length (a token count, or any measure that grows with it)
     * @param groupSize the most items a group holds, at least 1
     * @param score scores one group, returning one result per item, in the group's order
     * @param <T> the item type
     * @param <R> the result type
     * @return one result per item, in the caller's order
     * @throws IllegalArgumentException if the group size is below 1, or a group's results do not
     *     match its items
     */
    public static <T, R> List<R> score(
            List<T> items,
            ToIntFunction<? super T> length,
            int groupSize,
            Function<List<T>, List<R>> score) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize must be at least 1: " + groupSize);
        }
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? List.of() : List.copyOf(score.apply(items));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> length.applyAsInt(items.get(i))));
        Object[] out = new Object[n];
        for (int from = 0; from < n; from += groupSize) {
            int to = Math.min(n, from + groupSize);
            List<T> group = new ArrayList<>(to - from);
            for (int k = from; k < to; k++) {
                group.add(items.get(order[k]));
            }
            List<R> results = score.apply(group);
            if (results.size() != group.size()) {
                throw new IllegalArgumentException(
                        results.size() + " results for a group of " + group.size());
            }
            for (int k = from; k < to; k++) {
                out[order[k]] = results.get(k - from);
            }
        }
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) Arrays.asList(out);
        return ordered;
    }
}
