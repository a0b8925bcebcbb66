package com.marketmood.sentiment.benchmarks;

import com.marketmood.sentiment.core.data.StockTwitsData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real messages the benchmarks use: the data set named by {@code STOCKTWITS_DATA}. */
final class Messages {

    private static StockTwitsData data;

    private Messages() {}

    /** Returns the data set, loaded once per JVM. */
    static synchronized StockTwitsData data() {
        if (data == null) {
            String location =
                    System.getProperty("stocktwits.data", System.getenv("STOCKTWITS_DATA"));
            if (location == null || !Files.isDirectory(Path.of(location))) {
                throw new IllegalStateException(
                        "The benchmarks read real messages: set STOCKTWITS_DATA to the folder of"
                                + " the StockTwits $SPY 2017 data set (got "
                                + location
                                + ")");
            }
            try {
                data = StockTwitsData.load(Path.of(location));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    /** Drops the loaded data set, so that it does not count in a memory measurement. */
    static synchronized void release() {
        data = null;
    }

    /** Returns the resident memory of this process in MiB, from {@code /proc/self/status}. */
    static double residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Double.NaN;
    }
}
