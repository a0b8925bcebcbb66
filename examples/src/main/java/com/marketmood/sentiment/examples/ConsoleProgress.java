package com.marketmood.sentiment.examples;

import ai.djl.training.Trainer;
import ai.djl.training.listener.TrainingListenerAdapter;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar for training batches, with rate and time left, drawn only when standard
 * error is a terminal.
 */
final class ConsoleProgress extends TrainingListenerAdapter {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final int batchesPerEpoch;
    private final boolean enabled;
    private int epoch;
    private int batches;
    private long messages;
    private long epochStart;
    private long lastDraw;

    ConsoleProgress(PrintStream out, int batchesPerEpoch, boolean enabled) {
        this.out = out;
        this.batchesPerEpoch = batchesPerEpoch;
        this.enabled = enabled;
    }

    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public void onTrainingBatch(Trainer trainer, BatchData batchData) {
        if (!enabled) {
            return;
        }
        if (batches == 0) {
            epochStart = System.nanoTime();
            epoch++;
        }
        batches++;
        messages += batchData.getBatch().getSize();
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L && batches < batchesPerEpoch) {
            return;
        }
        lastDraw = now;
        double seconds = (now - epochStart) / 1e9;
        double rate = messages / Math.max(seconds, 1e-9);
        double left = seconds / batches * Math.max(0, batchesPerEpoch - batches);
        out.printf(
                Locale.ROOT,
                "\repoch %d %s %d/%d batches  %,.0f msg/s  %s left   ",
                epoch,
                bar((double) batches / batchesPerEpoch),
                batches,
                batchesPerEpoch,
                rate,
                clock(left));
        out.flush();
    }

    @Override
    public void onEpoch(Trainer trainer) {
        if (enabled && batches > 0) {
            clearLine(out);
        }
        batches = 0;
        messages = 0;
    }

    /** A bar of {@value #WIDTH} cells for a fraction done, for example {@code [###.......]}. */
    static String bar(double done) {
        int filled = (int) Math.round(WIDTH * Math.min(1.0, Math.max(0.0, done)));
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "]";
    }

    /** Blanks the line a bar was drawn on, so that what follows starts clean. */
    static void clearLine(PrintStream out) {
        out.print("\r" + " ".repeat(100) + "\r");
        out.flush();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
