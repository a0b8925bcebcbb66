package com.marketmood.sentiment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScoreProgressTest {

    @Test
    void barShowsShareReadRateAndTimeLeftForAFile() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScoreProgress progress =
                new ScoreProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, true);
        InputStream in = progress.count(new ByteArrayInputStream(new byte[100]));

        in.readNBytes(50);
        progress.update(1_000);

        String bar = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(bar.startsWith("\r[###############..............."), bar);
        assertTrue(bar.contains(" 50%  1,000 messages  ") && bar.contains("msg/s"), bar);
        assertTrue(bar.contains(" left"), bar);
    }

    @Test
    void standardInputGetsCountAndRateOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScoreProgress progress =
                new ScoreProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), -1, true);

        progress.update(42);

        String bar = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(bar.startsWith("\r42 messages  ") && bar.contains("msg/s"), bar);
        assertTrue(!bar.contains("left"), bar);
    }

    @Test
    void nothingIsDrawnWhenStandardErrorIsNotATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScoreProgress progress =
                new ScoreProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 100, false);

        progress.update(1_000);
        progress.clear();

        assertEquals(0, bytes.size());
    }
}
