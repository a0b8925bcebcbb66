package com.marketmood.sentiment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SentimentCliTest {

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new SentimentCli()).execute(args);
            assertEquals(0, code, "exit code of " + List.of(args));
        } finally {
            System.setOut(original);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void predictPrintsOneAlignedLinePerMessageInOrder() {
        String out =
                run(
                        "predict",
                        "$SPY breaking out, calls printing",
                        "$SPY breaking down hard, loading puts, this will crash");
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        assertTrue(
                lines.get(0).matches("bullish  0\\.\\d{4}  \\$SPY breaking out, calls printing"),
                out);
        assertTrue(lines.get(1).matches("bearish  0\\.\\d{4}  \\$SPY breaking down.*"), out);
    }

    @Test
    void predictHelpListsTheModelOptions() {
        String out = run("predict", "--help");
        assertTrue(out.contains("--model-path") && out.contains("--engine"), out);
    }

    @Test
    void evaluateHelpListsTheDataOption() {
        String out = run("evaluate", "--help");
        assertTrue(out.contains("--data") && out.contains("--model"), out);
    }

    @Test
    void helpListsTheCommands() {
        String out = run("--help");
        assertTrue(
                out.contains("train")
                        && out.contains("predict")
                        && out.contains("evaluate")
                        && out.contains("score"),
                out);
    }

    @Test
    void explainPrintsOneLinePerTokenPlainWhenPiped() {
        String out = run("explain", "$SPY calls printing");
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).matches("bullish  0\\.\\d{4}  \\$SPY calls printing"), out);
        assertEquals(4, lines.size(), out); // the message, then <TICKER>, calls, printing
        assertTrue(lines.get(1).matches("\\s+[+-]\\d+\\.\\d{4}  <TICKER>"), out);
        assertTrue(lines.get(2).endsWith("  calls"), out);
        assertTrue(!out.contains("\u001b["), "no colour codes when not on a terminal: " + out);
    }

    @Test
    void explainJsonIsOneObjectPerMessage() {
        String out = run("explain", "--json", "loading puts", "");
        List<String> lines = out.lines().toList();
        assertEquals(2, lines.size(), out);
        JsonObject first = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals("bearish", first.get("label").getAsString());
        assertEquals(2, first.getAsJsonArray("tokens").size());
        assertEquals(
                "puts",
                first.getAsJsonArray("tokens").get(1).getAsJsonObject().get("token").getAsString());
        JsonObject empty = JsonParser.parseString(lines.get(1)).getAsJsonObject();
        assertEquals(0, empty.getAsJsonArray("tokens").size());
    }

    @TempDir Path tmp;

    @Test
    void aggregateGroupsByTickerAndDayAndCountsBadRows() throws Exception {
        Path scored = tmp.resolve("scored.csv");
        Files.writeString(
                scored,
                "message,label,bullish_probability,created_at\n"
                        + "\"$SPY up, $QQQ too\",bullish,0.9,2017-03-01T14:30:00Z\n"
                        + "$SPY down,bearish,0.2,1488300000\n"
                        + "$spy more,bullish,0.7,2017-03-01 20:00:00\n"
                        + "bad label,sideways,0.5,2017-03-01\n"
                        + "$SPY,bullish,0.7,not-a-time\n");
        Path out = tmp.resolve("index.csv");
        Path png = tmp.resolve("spy.png");
        run(
                "aggregate",
                scored.toString(),
                "--time-column",
                "created_at",
                "-o",
                out.toString(),
                "--plot",
                "$SPY",
                "--plot-file",
                png.toString());
        List<String> rows = Files.readAllLines(out);
        assertEquals(
                List.of(
                        "ticker,bucket,messages,bullish,bearish,mean_bullish_probability,"
                                + "bullishness,agreement",
                        "QQQ,2017-03-01T00:00:00Z,1,1,0,0.900000,0.693147,1.000000",
                        "SPY,2017-02-28T00:00:00Z,1,0,1,0.200000,-0.693147,1.000000",
                        "SPY,2017-03-01T00:00:00Z,2,2,0,0.800000,1.098612,1.000000"),
                rows);
        assertTrue(Files.size(png) > 1000, "a PNG was drawn");
    }

    @Test
    void aggregateReadsJsonLinesAndGroupsByTickerOnly() throws Exception {
        Path scored = tmp.resolve("scored.jsonl");
        Files.writeString(
                scored,
                "{\"message\":\"$SPY up\",\"label\":\"bullish\",\"bullish_probability\":0.8}\n"
                        + "{\"message\":\"$SPY down\",\"label\":\"bearish\",\"bullish_probability\":0.1}\n"
                        + "{\"message\":\"$SPY flat\",\"label\":\"bullish\",\"bullish_probability\":0.6}\n"
                        + "not json\n");
        String out = run("aggregate", scored.toString(), "--output-format", "jsonl");
        JsonObject spy = JsonParser.parseString(out.strip()).getAsJsonObject();
        assertEquals(3, spy.get("messages").getAsInt());
        assertEquals(Math.log(3.0 / 2.0), spy.get("bullishness").getAsDouble(), 1e-6);
        assertEquals(1 - Math.sqrt(1 - 1.0 / 9), spy.get("agreement").getAsDouble(), 1e-6);
    }
}
