package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.pytorch.jni.JniUtils;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.testing.SampleMessages;
import com.marketmood.sentiment.core.testing.TinyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentPredictionTest {

    static final int THREADS = 8;
    static final int PREDICTIONS_PER_THREAD = 25_000;

    /** Messages: the sample, hostile ones and their mixtures, so that answers differ widely. */
    private static List<String> messages() {
        List<String> out = new ArrayList<>(SampleMessages.texts());
        Random random = new Random(11);
        while (out.size() < 300) {
            String a = out.get(random.nextInt(out.size()));
            String b = out.get(random.nextInt(out.size()));
            out.add(random.nextBoolean() ? a + " " + b : b.substring(0, b.length() / 2) + "$");
        }
        out.add("");
        out.add("\uD800 🚀 \u200F calls \u0000 $ @ http://");
        return out;
    }

    @Test
    void eightThreadsSharingOneModelGetTheSingleThreadedAnswers() throws Exception {
        List<String> messages = messages();
        try (SentimentModel model =
                SentimentModel.builder()
                        .optModelPath(TinyModel.dir())
                        .optEngine("pytorch")
                        .load()) {
            List<Sentiment> expected = new ArrayList<>();
            for (String m : messages) {
                expected.add(model.predict(m));
            }

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    done.add(pool.submit(worker(model, messages, expected, t)));
                }
                int total = 0;
                for (Future<Integer> f : done) {
                    total += f.get(5, TimeUnit.MINUTES);
                }
                assertEquals(THREADS * PREDICTIONS_PER_THREAD, total);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aPredictionOnAnotherThreadRunsWithoutAutogradAndRestoresIt() throws Exception {
        try (SentimentModel model =
                SentimentModel.builder()
                        .optModelPath(TinyModel.dir())
                        .optEngine("pytorch")
                        .load()) {
            Sentiment onLoadingThread = model.predict("calls printing");
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                // PyTorch's autograd mode is per thread, and on outside the loading thread.
                Future<Sentiment> elsewhere =
                        thread.submit(
                                () -> {
                                    assertTrue(JniUtils.isGradMode());
                                    Sentiment s = model.predict("calls printing");
                                    assertTrue(JniUtils.isGradMode());
                                    return s;
                                });
                assertEquals(onLoadingThread, elsewhere.get(1, TimeUnit.MINUTES));
            } finally {
                thread.shutdownNow();
            }
        }
    }

    /** Alternates single calls and batches of 1 to 64 messages; returns the messages scored. */
    private static Callable<Integer> worker(
            SentimentModel model, List<String> messages, List<Sentiment> expected, int seed) {
        return () -> {
            Random random = new Random(seed);
            int scored = 0;
            while (scored < PREDICTIONS_PER_THREAD) {
                if (random.nextInt(4) == 0) {
                    int i = random.nextInt(messages.size());
                    // A single call runs exactly as the reference did: the answer is identical.
                    assertEquals(expected.get(i), model.predict(messages.get(i)));
                    scored++;
                    continue;
                }
                int size = Math.min(1 + random.nextInt(64), PREDICTIONS_PER_THREAD - scored);
                int[] picks = random.ints(size, 0, messages.size()).toArray();
                List<String> batch = new ArrayList<>(size);
                for (int i : picks) {
                    batch.add(messages.get(i));
                }
                List<Sentiment> answers = model.predict(batch);
                assertEquals(size, answers.size());
                for (int k = 0; k < size; k++) {
                    String text = messages.get(picks[k]);
                    Sentiment want = expected.get(picks[k]);
                    Sentiment got = answers.get(k);
                    // In a batch the engine may sum in another order: equal up to rounding.
                    assertEquals(want.label(), got.label(), text);
                    assertTrue(
                            Math.abs(want.bullishProbability() - got.bullishProbability()) <= 1e-6,
                            () -> want + " vs " + got + " for " + text);
                }
                scored += size;
            }
            return scored;
        };
    }
}
