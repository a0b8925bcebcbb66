package com.marketmood.sentiment.spark;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the StockTwits data set as the SDK's own tests do: {@code STOCKTWITS_DATA} (or {@code
 * -Dstocktwits.data}); a test that needs it is skipped with a message when it is absent, or fails
 * when {@code STOCKTWITS_DATA_REQUIRED=true}.
 */
final class DataSet {

    private DataSet() {}

    static Path dir() {
        String location = setting("stocktwits.data", "STOCKTWITS_DATA");
        boolean required =
                Boolean.parseBoolean(
                        setting("stocktwits.data.required", "STOCKTWITS_DATA_REQUIRED"));
        Path dir = null;
        if (location != null && !location.isBlank()) {
            String base = System.getProperty("stocktwits.data.base");
            Path path = Path.of(location);
            dir = path.isAbsolute() || base == null ? path : Path.of(base).resolve(path);
        }
        if (dir == null || !Files.isDirectory(dir)) {
            String problem =
                    dir == null
                            ? "STOCKTWITS_DATA is not set"
                            : "the data set's folder does not exist: " + dir;
            if (required) {
                fail("This test needs the StockTwits data set, but " + problem);
            }
            assumeTrue(false, "Skipped: " + problem);
        }
        return dir.normalize();
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        return value != null && !value.isBlank() ? value : System.getenv(env);
    }
}
