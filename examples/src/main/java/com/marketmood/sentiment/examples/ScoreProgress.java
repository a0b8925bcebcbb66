package com.marketmood.sentiment.examples;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for the score command: messages, rate and, for a file, the share read and
 * the time left. Drawn only when enabled (standard error is a terminal).
 */
final class ScoreProgress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final long totalBytes;
    private long start = System.nanoTime();
    private long bytes;
    private long lastDraw;
    private boolean drawn;

    /**
     * @param totalBytes the input's size, or a negative number when unknown (standard input)
     */
    ScoreProgress(PrintStream out, long totalBytes, boolean enabled) {
        this.out = out;
        this.totalBytes = totalBytes;
        this.enabled = enabled;
    }

    /** Wraps the raw input so that the bytes read drive the bar. */
    InputStream count(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }
        };
    }

    /** Starts the clock of the rate and the time left: call once the model is loaded. */
    void begin() {
        start = System.nanoTime();
    }

    void update(long messages) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        double seconds = (now - start) / 1e9;
        double rate = messages / Math.max(seconds, 1e-9);
        if (totalBytes <= 0) {
            out.printf(Locale.ROOT, "\r%,d messages  %,.0f msg/s   ", messages, rate);
        } else {
            double done = Math.min(1.0, (double) bytes / totalBytes);
            double left = done > 0 ? seconds / done * (1 - done) : 0;
            out.printf(
                    Locale.ROOT,
                    "\r%s %3.0f%%  %,d messages  %,.0f msg/s  %s left   ",
                    ConsoleProgress.bar(done),
                    100 * done,
                    messages,
                    rate,
                    ConsoleProgress.clock(left));
        }
        out.flush();
    }

    /** Clears the bar, so that the summary starts on a clean line. */
    void clear() {
        if (enabled && drawn) {
            ConsoleProgress.clearLine(out);
        }
    }
}
