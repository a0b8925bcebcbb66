package com.marketmood.sentiment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
