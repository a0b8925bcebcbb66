package com.marketmood.sentiment.benchmarks;

import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import java.util.List;
import java.util.Locale;

/**
 * Resident memory of a process serving predictions: loads the pretrained model, scores the test
 * split one message at a time and as one list, several rounds, and prints the resident set size
 * after each step. Run it with the heap limit a service would use, e.g. {@code -Xmx128m}.
 */
public final class Footprint {

    private Footprint() {}

    /**
     * Runs the measurement.
     *
     * @param args optional: the engine (default pytorch) and the number of rounds (default 5)
     * @throws Exception if the model cannot be loaded
     */
    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "pytorch";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> texts = Messages.data().test().stream().map(Message::text).toList();
        Messages.release(); // keep only the test split's texts
        System.gc();
        System.out.printf(
                Locale.ROOT, "%-28s %8.1f MiB%n", "test messages read", Messages.residentMiB());
        try (SentimentModel model = SentimentModel.builder().optEngine(engine).load()) {
            System.out.printf(
                    Locale.ROOT, "%-28s %8.1f MiB%n", "model loaded", Messages.residentMiB());
            for (int round = 1; round <= rounds; round++) {
                for (String text : texts) {
                    model.predict(text);
                }
                model.predict(texts);
                System.out.printf(
                        Locale.ROOT,
                        "%-28s %8.1f MiB%n",
                        "round " + round + " (" + 2 * texts.size() + " predictions)",
                        Messages.residentMiB());
            }
        }
    }
}
