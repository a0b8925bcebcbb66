package com.marketmood.sentiment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class LengthGroupsTest {

    @Test
    void resultsComeBackInTheCallersOrderFromGroupsOfSimilarLength() {
        List<String> items = List.of("ccc", "a", "bbbb", "dd", "e", "ffffff", "gg");
        List<List<String>> groups = new ArrayList<>();
        List<String> out =
                LengthGroups.score(
                        items,
                        String::length,
                        3,
                        group -> {
                            groups.add(group);
                            return group.stream().map(String::toUpperCase).toList();
                        });
        assertEquals(items.stream().map(String::toUpperCase).toList(), out);
        assertEquals(
                List.of(List.of("a", "e", "dd"), List.of("gg", "ccc", "bbbb"), List.of("ffffff")),
                groups);
        assertTrue(groups.stream().allMatch(g -> g.size() <= 3));
    }

    @Test
    void emptyAndSingleListsAndBadScorersAreHandled() {
        assertEquals(List.of(), LengthGroups.score(List.<String>of(), String::length, 4, g -> g));
        assertEquals(List.of("x"), LengthGroups.score(List.of("x"), String::length, 4, g -> g));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        LengthGroups.score(
                                List.of("a", "b"), String::length, 4, g -> List.of("one")));
        assertThrows(
                IllegalArgumentException.class,
                () -> LengthGroups.score(List.of("a"), String::length, 0, g -> g));
    }

    @Test
    void helperThreadsScoreGroupsAtOnceAndTheResultsKeepTheCallersOrder() throws Exception {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add("x".repeat(1 + (i * 7919) % 50) + i);
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch bothBusy = new CountDownLatch(2);
        ExecutorService executor = Executors.newFixedThreadPool(3);
        try {
            List<String> out =
                    LengthGroups.score(
                            items,
                            String::length,
                            16,
                            group -> {
                                threads.add(Thread.currentThread().getName());
                                bothBusy.countDown();
                                await(bothBusy); // no group ends before two threads hold one
                                return group.stream().map(s -> s + "!").toList();
                            },
                            executor,
                            2);
            assertEquals(items.stream().map(s -> s + "!").toList(), out);
            assertEquals(2, threads.size(), threads.toString());
            assertTrue(threads.contains(Thread.currentThread().getName()));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aFailureOnAHelperReachesTheCallerAndStopsTheRest() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(i);
        }
        AtomicInteger scored = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(1);
        try {
            IllegalStateException e =
                    assertThrows(
                            IllegalStateException.class,
                            () ->
                                    LengthGroups.score(
                                            items,
                                            i -> i,
                                            1,
                                            group -> {
                                                scored.incrementAndGet();
                                                LockSupport.parkNanos(1_000_000);
                                                if (group.get(0) == 10) {
                                                    throw new IllegalStateException("group 10");
                                                }
                                                return group;
                                            },
                                            executor,
                                            2));
            assertEquals("group 10", e.getMessage());
            assertTrue(scored.get() < 100, "groups after the failure were skipped");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aRefusingExecutorLeavesTheWorkToTheCaller() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        List<String> out =
                LengthGroups.score(
                        List.of("bb", "a", "ccc"), String::length, 1, g -> g, executor, 4);
        assertEquals(List.of("bb", "a", "ccc"), out);
        assertThrows(
                IllegalArgumentException.class,
                () -> LengthGroups.score(List.of("a"), String::length, 1, g -> g, executor, 0));
    }

    @Test
    void aCallDoesNotWaitForAnExecutorBusyWithOtherWork() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            executor.execute(() -> await(release)); // another call's long work
            List<String> out =
                    assertTimeoutPreemptively(
                            Duration.ofSeconds(10),
                            () ->
                                    LengthGroups.score(
                                            List.of("ccc", "a", "bb", "dddd"),
                                            String::length,
                                            1,
                                            g -> g,
                                            executor,
                                            2));
            assertEquals(List.of("ccc", "a", "bb", "dddd"), out);
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void anErrorIsThrownAsItIsAfterTheHelpersStop() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            items.add(i);
        }
        AtomicInteger running = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(1);
        try {
            AssertionError e =
                    assertThrows(
                            AssertionError.class,
                            () ->
                                    LengthGroups.score(
                                            items,
                                            i -> i,
                                            1,
                                            group -> {
                                                running.incrementAndGet();
                                                try {
                                                    LockSupport.parkNanos(1_000_000);
                                                    if (group.get(0) == 5) {
                                                        throw new AssertionError("group 5");
                                                    }
                                                    return group;
                                                } finally {
                                                    running.decrementAndGet();
                                                }
                                            },
                                            executor,
                                            2));
            assertEquals("group 5", e.getMessage());
            assertEquals(0, running.get(), "a helper was still scoring when the call ended");
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "a second thread never took a group");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
