package com.marketmood.sentiment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void helpListsTheCommands() {
        String out = run("--help");
        assertTrue(
                out.contains("train") && out.contains("predict") && out.contains("evaluate"), out);
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
}
