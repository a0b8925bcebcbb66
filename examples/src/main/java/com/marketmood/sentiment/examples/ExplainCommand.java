package com.marketmood.sentiment.examples;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.marketmood.sentiment.Explanation;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.TokenContribution;
import com.marketmood.sentiment.core.data.StockTwitsData;
import com.marketmood.sentiment.core.data.StockTwitsData.Message;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints why each message got its sentiment: every token read, with its contribution. */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        description = {
            "Explains the sentiment of each message (the arguments, or one per line on standard",
            "input): label and probability, then one line per token the model read with its",
            "contribution to the bullish log-odds (the log-odds of the message minus those of the",
            "message without that token). Green pushes towards bullish, red towards bearish, on a",
            "terminal."
        })
final class ExplainCommand implements Callable<Integer> {

    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    @Mixin ModelOptions model;

    @Option(names = "--json", description = "One JSON object per message, for machines.")
    boolean json;

    @Option(
            names = "--color",
            description = "Colour the contributions: auto (on a terminal), always or never.",
            defaultValue = "auto")
    String color;

    @Option(
            names = "--data",
            description =
                    "Folder of the StockTwits data set, to explain rows of it by id (--rows).")
    Path data;

    @Option(
            names = "--rows",
            split = ",",
            paramLabel = "ID",
            description = "Row ids of the data set to explain (with --data), e.g. --rows 12,345.")
    List<Integer> rows = new ArrayList<>();

    @Parameters(paramLabel = "MESSAGE", arity = "0..*", description = "Messages to explain.")
    List<String> messages = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<String> texts = new ArrayList<>(messages);
        if (!rows.isEmpty()) {
            texts.addAll(rowsOfData());
        } else if (texts.isEmpty()) {
            texts = PredictCommand.readStdin();
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean colored =
                color.equals("always") || (color.equals("auto") && System.console() != null);
        try (SentimentModel m = model.load()) {
            for (String text : texts) {
                Explanation e = m.explain(text);
                if (json) {
                    out.println(toJson(text, e));
                } else {
                    print(out, text, e, colored);
                }
            }
        }
        return 0;
    }

    private List<String> rowsOfData() throws java.io.IOException {
        if (data == null) {
            throw new IllegalArgumentException("--rows needs --data, the data set's folder");
        }
        Map<Integer, String> byId = new HashMap<>();
        for (Message m :
                StockTwitsData.readCsv(
                                Files.isDirectory(data)
                                        ? data.resolve(StockTwitsData.CSV_NAME)
                                        : data)
                        .messages()) {
            byId.put(m.id(), m.text());
        }
        List<String> out = new ArrayList<>();
        for (int id : rows) {
            String text = byId.get(id);
            if (text == null) {
                throw new IllegalArgumentException("The data set has no row " + id);
            }
            out.add(text);
        }
        return out;
    }

    private static void print(PrintStream out, String text, Explanation e, boolean colored) {
        out.printf(
                Locale.ROOT,
                "%-8s %.4f  %s%n",
                e.sentiment().label().name().toLowerCase(Locale.ROOT),
                e.sentiment().bullishProbability(),
                PredictCommand.oneLine(text));
        if (e.tokens().isEmpty()) {
            out.println("  (no token read: the message normalises to nothing)");
        }
        for (TokenContribution t : e.tokens()) {
            String figure = String.format(Locale.ROOT, "%+8.4f", t.contribution());
            if (colored) {
                figure = (t.contribution() >= 0 ? GREEN : RED) + figure + RESET;
            }
            out.println("  " + figure + "  " + t.token());
        }
    }

    static JsonObject toJson(String text, Explanation e) {
        JsonObject o = new JsonObject();
        o.addProperty("text", text);
        o.addProperty("label", e.sentiment().label().name().toLowerCase(Locale.ROOT));
        o.addProperty("bullish_probability", e.sentiment().bullishProbability());
        o.addProperty("log_odds", e.logOdds());
        JsonArray tokens = new JsonArray();
        for (TokenContribution t : e.tokens()) {
            JsonObject token = new JsonObject();
            token.addProperty("token", t.token());
            token.addProperty("contribution", t.contribution());
            tokens.add(token);
        }
        o.add("tokens", tokens);
        return o;
    }
}
