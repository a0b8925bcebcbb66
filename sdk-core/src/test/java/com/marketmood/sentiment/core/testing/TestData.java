package com.marketmood.sentiment.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the StockTwits $SPY 2017 data set for tests that need it.
 *
 * <p>The folder comes from the system property {@code stocktwits.data} or the environment variable
 * {@code STOCKTWITS_DATA}. When it is missing, a test is skipped with a message saying so, unless
 * {@code stocktwits.data.required} / {@code STOCKTWITS_DATA_REQUIRED} is {@code true} (as in CI),
 * where it fails.
 */
public final class TestData {

    private TestData() {}

    /**
     * Returns the data set's folder, or skips (or fails, when required) the calling test.
     *
     * @return the folder holding the CSV, {@code normalised.tsv.gz} and {@code split/}
     */
    public static Path dataDir() {
        String location = setting("stocktwits.data", "STOCKTWITS_DATA");
        boolean required =
                Boolean.parseBoolean(
                        setting("stocktwits.data.required", "STOCKTWITS_DATA_REQUIRED"));
        String problem = null;
        Path dir = null;
        if (location == null || location.isBlank()) {
            problem = "the data set's location is not set (STOCKTWITS_DATA or -Dstocktwits.data)";
        } else {
            dir = resolve(Path.of(location));
            if (!Files.isDirectory(dir)) {
                problem = "the data set's folder does not exist: " + dir;
            }
        }
        if (problem != null) {
            if (required) {
                fail("This test needs the StockTwits data set, but " + problem);
            }
            assumeTrue(false, "Skipped: " + problem);
        }
        return dir;
    }

    /** A relative location is read from the folder Maven was started in, not the module's. */
    private static Path resolve(Path location) {
        String base = System.getProperty("stocktwits.data.base");
        if (location.isAbsolute() || base == null || base.isBlank()) {
            return location.toAbsolutePath();
        }
        return Path.of(base).resolve(location).normalize();
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(env);
    }
}
