package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A soak run, not a unit test: makes many predictions with the pretrained model, single calls and
 * batches mixed over a few threads, and prints the process's resident memory every 100,000
 * predictions. Native memory that DJL fails to free shows as resident memory that keeps growing
 * after the first report.
 *
 * <pre>
 * java -cp examples/target/sentiment-examples.jar com.marketmood.sentiment.examples.Soak \
 *     [PREDICTIONS (1000000)] [THREADS (2)]
 * </pre>
 */
public final class Soak {

    private static final long REPORT_EVERY = 100_000;

    private static final String[] WORDS = {
        "$SPY",
        "$QQQ",
        "@trader",
        "calls",
        "puts",
        "breaking",
        "out",
        "down",
        "new",
        "highs",
        "lows",
        "buy",
        "sell",
        "the",
        "dip",
        "rip",
        "bulls",
        "bears",
        "in",
        "control",
        "loading",
        "printing",
        "$242.50",
        "14%",
        "20k",
        "http://t.co/x",
        "🚀",
        "\u200F",
        "\uD800",
        "&amp;",
        "...",
        "!!!",
        "fed",
        "minutes",
        "at",
        "2pm",
        "red",
        "green",
        "day",
        "short",
        "long",
        "strong",
        "weak"
    };

    private final SentimentModel model;
    private final long predictions;
    private final AtomicLong done = new AtomicLong();
    private final long start = System.nanoTime();
    private long firstRssKb = -1;

    private Soak(SentimentModel model, long predictions) {
        this.model = model;
        this.predictions = predictions;
    }

    /**
     * Runs the soak.
     *
     * @param args the number of predictions (default 1,000,000) and of threads (default 2)
     * @throws Exception if the model cannot be loaded or a prediction fails
     */
    public static void main(String[] args) throws Exception {
        long predictions = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        try (SentimentModel model = SentimentModel.load()) {
            System.out.printf(
                    Locale.ROOT,
                    "soak: %,d predictions on %d threads, %s; resident memory at start %,d kB%n",
                    predictions,
                    threads,
                    model.info(),
                    rssKb());
            new Soak(model, predictions).run(threads);
        }
    }

    private void run(int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                futures.add(pool.submit(() -> work(new Random(seed))));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One call in five is a single message; the others are batches of 2 to 300 messages. */
    private Void work(Random random) throws IOException {
        while (true) {
            int want = random.nextInt(5) == 0 ? 1 : 2 + random.nextInt(299);
            long before = done.getAndAdd(want);
            int n = (int) Math.min(want, predictions - before);
            if (n <= 0) {
                return null;
            }
            if (n == 1) {
                check(model.predict(message(random)));
            } else {
                List<String> batch = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    batch.add(message(random));
                }
                List<Sentiment> out = model.predict(batch);
                if (out.size() != n) {
                    throw new IllegalStateException(out.size() + " answers for " + n);
                }
                out.forEach(Soak::check);
            }
            long after = before + n;
            if (after / REPORT_EVERY > before / REPORT_EVERY) {
                report(after / REPORT_EVERY * REPORT_EVERY);
            }
        }
    }

    private static void check(Sentiment s) {
        double p = s.bullishProbability();
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalStateException("probability " + p);
        }
    }

    private static String message(Random random) {
        int words = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 25);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    private synchronized void report(long count) throws IOException {
        long rss = rssKb();
        if (firstRssKb < 0) {
            firstRssKb = rss;
        }
        System.out.printf(
                Locale.ROOT,
                "%,9d predictions  %6.1f s  resident %,9d kB  since the first report %+,8d kB"
                        + "  heap used %,7d kB%n",
                count,
                (System.nanoTime() - start) / 1e9,
                rss,
                rss - firstRssKb,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024);
    }

    /** Reads the process's resident set size from {@code /proc/self/status} (Linux). */
    private static long rssKb() throws IOException {
        for (String line :
                Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
