package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Prints the sentiment of messages given as arguments, or one per line on standard input. */
@Command(
        name = "predict",
        description = {
            "Prints label, bullish probability and message for each message: the arguments, or",
            "one message per line on standard input when there are none."
        })
final class PredictCommand implements Callable<Integer> {

    @Mixin ModelOptions model;

    @Parameters(paramLabel = "MESSAGE", arity = "0..*", description = "Messages to classify.")
    List<String> messages = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> texts = messages.isEmpty() ? readStdin() : messages;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (SentimentModel m = model.load()) {
            List<Sentiment> results = m.predict(texts);
            for (int i = 0; i < texts.size(); i++) {
                Sentiment s = results.get(i);
                out.printf(
                        Locale.ROOT,
                        "%-8s %.4f  %s%n",
                        s.label().name().toLowerCase(Locale.ROOT),
                        s.bullishProbability(),
                        oneLine(texts.get(i)));
            }
        }
        return 0;
    }

    static List<String> readStdin() throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader r =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            lines.add(line);
        }
        return lines;
    }

    static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
