package com.marketmood.sentiment.benchmarks;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Loads the pretrained model, makes one prediction and prints the milliseconds since the JVM
 * started. Run by {@link ColdStart} in fresh JVMs.
 */
public final class FirstPrediction {

    private FirstPrediction() {}

    /**
     * Runs once.
     *
     * @param args the engine name, {@code pytorch} or {@code mxnet}
     * @throws Exception if the model cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "pytorch";
        try (SentimentModel model = SentimentModel.builder().optEngine(engine).load()) {
            Sentiment s = model.predict("$SPY breaking out, calls printing");
            long sinceStart =
                    System.currentTimeMillis()
                            - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf(
                    Locale.ROOT, "first-prediction-ms %d %s%n", sinceStart, s.label().name());
        }
    }
}
