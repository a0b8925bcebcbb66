package com.marketmood.sentiment.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * JVM start to first prediction: starts {@link FirstPrediction} in a fresh JVM several times per
 * engine (native libraries already unpacked by a first, uncounted run) and prints the median and
 * range of the time the process took, launch to exit, and of the time from JVM start to the first
 * answer as the JVM itself measures it.
 */
public final class ColdStart {

    private ColdStart() {}

    /**
     * Runs the measurement.
     *
     * @param args optional: the number of runs per engine (default 5)
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        System.out.println(
                "engine   wall-ms median [min-max]   jvm-start-to-answer-ms median [min-max]");
        for (String engine : List.of("pytorch", "mxnet")) {
            once(engine); // unpacks the native library if needed; not counted
            List<Long> wall = new ArrayList<>();
            List<Long> inside = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long reported = once(engine);
                wall.add((System.nanoTime() - start) / 1_000_000);
                inside.add(reported);
            }
            System.out.printf(
                    Locale.ROOT, "%-8s %s   %s%n", engine, summary(wall), summary(inside));
        }
    }

    private static long once(String engine) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                                "-Dai.djl.pytorch.num_threads=1",
                                FirstPrediction.class.getName(),
                                engine)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
        long reported = -1;
        try (BufferedReader r =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("first-prediction-ms ")) {
                    reported = Long.parseLong(line.split(" ")[1]);
                }
            }
        }
        if (p.waitFor() != 0 || reported < 0) {
            throw new IllegalStateException("The run on " + engine + " failed");
        }
        return reported;
    }

    static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        return String.format(
                Locale.ROOT, "%6d [%d-%d]", median, sorted.get(0), sorted.get(sorted.size() - 1));
    }
}
