package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.Sentiment;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the score command did: messages per label, mean probability, rows skipped and why. */
final class ScoreSummary {

    /** How many lines of each kind of fault the summary names. */
    static final int EXAMPLES = 5;

    private long bullish;
    private long bearish;
    private double probabilitySum;
    private final Map<String, Skips> skipped = new LinkedHashMap<>();

    /** The rows skipped for one reason: how many, and the first few lines. */
    static final class Skips {
        long count;
        final List<Long> lines = new ArrayList<>();
        String firstDetail;
    }

    void scored(Sentiment sentiment) {
        if (sentiment.label() == Label.BULLISH) {
            bullish++;
        } else {
            bearish++;
        }
        probabilitySum += sentiment.bullishProbability();
    }

    void skipped(InputRow.Rejected row) {
        Skips skips = skipped.computeIfAbsent(row.reason(), r -> new Skips());
        skips.count++;
        if (skips.lines.size() < EXAMPLES) {
            skips.lines.add(row.line());
        }
        if (skips.firstDetail == null) {
            skips.firstDetail = row.detail();
        }
    }

    long scored() {
        return bullish + bearish;
    }

    long bullish() {
        return bullish;
    }

    long bearish() {
        return bearish;
    }

    long skipped() {
        return skipped.values().stream().mapToLong(s -> s.count).sum();
    }

    /** The rows skipped per reason, in the order the reasons were first seen. */
    Map<String, Skips> skippedByReason() {
        return skipped;
    }

    /**
     * Prints the summary.
     *
     * @param out where to print
     * @param seconds how long scoring took
     * @param note what the output left out, or null
     */
    void print(PrintStream out, double seconds, String note) {
        long n = scored();
        out.printf(
                Locale.ROOT,
                "scored %,d messages in %.1f s (%,.0f msg/s)%n",
                n,
                seconds,
                n / Math.max(seconds, 1e-9));
        if (n > 0) {
            out.printf(
                    Locale.ROOT,
                    "  bullish %,d (%.1f%%), bearish %,d (%.1f%%), mean bullish probability %.4f%n",
                    bullish,
                    100.0 * bullish / n,
                    bearish,
                    100.0 * bearish / n,
                    probabilitySum / n);
        }
        out.printf(Locale.ROOT, "rows skipped: %,d%n", skipped());
        for (Map.Entry<String, Skips> e : skipped.entrySet()) {
            Skips s = e.getValue();
            String more = s.count > s.lines.size() ? ", ..." : "";
            out.printf(
                    Locale.ROOT,
                    "  %,d %s (line %s%s)%s%n",
                    s.count,
                    e.getKey(),
                    join(s.lines),
                    more,
                    s.firstDetail == null ? "" : ": " + s.firstDetail);
        }
        if (note != null) {
            out.println("note: " + note);
        }
        out.flush();
    }

    private static String join(List<Long> lines) {
        StringBuilder b = new StringBuilder();
        for (Long line : lines) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(line);
        }
        return b.toString();
    }
}
