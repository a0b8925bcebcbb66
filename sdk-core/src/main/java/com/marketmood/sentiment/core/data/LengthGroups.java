package com.marketmood.sentiment.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
        return score(items, length, groupSize, score, null, 1);
    }

    /**
     * Scores items in groups of similar length, with up to {@code workers} groups at a time: the
     * calling thread and {@code workers - 1} tasks on {@code executor} take the next unscored group
     * until none is left. The results do not depend on which thread scored a group. A task that has
     * not started by the time the calling thread runs out of groups is cancelled, so a call never
     * waits for an executor busy with other calls.
     *
     * @param items the items, in the caller's order
     * @param length an item's length (a token count, or any measure that grows with it)
     * @param groupSize the most items a group holds, at least 1
     * @param score scores one group, returning one result per item, in the group's order; called
     *     from several threads at once when {@code workers > 1}
     * @param executor runs the helper tasks; {@code null} (or one that refuses them) leaves all the
     *     work to the calling thread
     * @param workers the most groups scored at once, at least 1
     * @param <T> the item type
     * @param <R> the result type
     * @return one result per item, in the caller's order
     * @throws IllegalArgumentException if the group size or worker count is below 1, or a group's
     *     results do not match its items
     * @throws RuntimeException what {@code score} threw (on the calling thread if it threw there,
     *     else the first helper's), with any other thread's failure suppressed in it; an {@link
     *     Error} is thrown as it is. No group starts after a failure, and the call returns or
     *     throws only when no helper is still scoring
     */
    public static <T, R> List<R> score(
            List<T> items,
            ToIntFunction<? super T> length,
            int groupSize,
            Function<List<T>, List<R>> score,
            Executor executor,
            int workers) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("groupSize must be at least 1: " + groupSize);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
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
        int groups = (n + groupSize - 1) / groupSize;
        Object[] out = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Runnable drain =
                () -> {
                    try {
                        for (int g = next.getAndIncrement();
                                g < groups;
                                g = next.getAndIncrement()) {
                            scoreGroup(items, order, g * groupSize, groupSize, score, out);
                        }
                    } catch (RuntimeException | Error e) {
                        next.set(groups); // the other threads stop at their next group
                        throw e;
                    }
                };
        List<Helper> helpers = new ArrayList<>();
        int wanted = executor == null ? 0 : Math.min(workers, groups) - 1;
        for (int h = 0; h < wanted; h++) {
            Helper helper = new Helper(drain);
            try {
                executor.execute(helper);
            } catch (RejectedExecutionException e) {
                break; // the calling thread does the rest
            }
            helpers.add(helper);
        }
        Throwable failure = null;
        try {
            drain.run();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // Never return (and let the caller release what the helpers use) while one still runs.
        for (Helper helper : helpers) {
            Throwable thrown = helper.finish();
            if (thrown == null) {
                continue;
            }
            if (failure == null) {
                failure = thrown;
            } else if (failure != thrown) {
                failure.addSuppressed(thrown);
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) Arrays.asList(out);
        return ordered;
    }

    private static <T, R> void scoreGroup(
            List<T> items,
            Integer[] order,
            int from,
            int groupSize,
            Function<List<T>, List<R>> score,
            Object[] out) {
        int to = Math.min(order.length, from + groupSize);
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

    /**
     * A helper task. It runs the shared drain unless the calling thread took it back first: a task
     * still queued behind another call's work when the caller has finished its own list is taken
     * back, so that one call never waits for another.
     */
    private static final class Helper implements Runnable {

        private final Runnable drain;
        private final AtomicBoolean claimed = new AtomicBoolean();
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile Throwable thrown;

        Helper(Runnable drain) {
            this.drain = drain;
        }

        @Override
        public void run() {
            if (!claimed.compareAndSet(false, true)) {
                return; // taken back by the caller
            }
            try {
                drain.run();
            } catch (RuntimeException | Error e) {
                thrown = e;
            } finally {
                done.countDown();
            }
        }

        /**
         * Takes the task back if it has not started, else waits for it to end.
         *
         * @return what it threw, or {@code null}
         */
        Throwable finish() {
            if (claimed.compareAndSet(false, true)) {
                return null;
            }
            boolean interrupted = false;
            while (true) {
                try {
                    done.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return thrown;
        }
    }
}
