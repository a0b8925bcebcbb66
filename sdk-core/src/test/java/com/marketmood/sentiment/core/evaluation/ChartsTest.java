package com.marketmood.sentiment.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir Path directory;

    private static BinaryEvaluation[] evaluations() {
        Random random = new Random(3);
        int n = 500;
        float[] logits = new float[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            logits[i] = (float) (2 * random.nextGaussian());
            labels[i] = random.nextDouble() < BinaryEvaluation.sigmoid(logits[i] / 2);
        }
        double t = TemperatureScaling.fit(logits, labels);
        return new BinaryEvaluation[] {
            BinaryEvaluation.of(logits, labels, 1), BinaryEvaluation.of(logits, labels, t)
        };
    }

    private static void assertPng(Path png, int width, int height) throws IOException {
        assertTrue(Files.isRegularFile(png), png + " exists");
        assertTrue(Files.size(png) > PNG_MAGIC.length, png + " is not empty");
        byte[] head;
        try (InputStream in = Files.newInputStream(png)) {
            head = in.readNBytes(PNG_MAGIC.length);
        }
        assertArrayEquals(PNG_MAGIC, head, "PNG signature of " + png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight());
    }

    @Test
    void drawsTrainingCurves() throws IOException {
        Path png = directory.resolve("charts/training.png");
        Charts.trainingCurves(
                List.of(
                        new EpochRecord(0, 1, 0.69, 0.55, 0.66, 0.6, 0.65, 12),
                        new EpochRecord(0, 2, 0.55, 0.7, 0.6, 0.68, 0.72, 11),
                        new EpochRecord(0, 3, 0.45, 0.78, 0.61, 0.69, 0.74, 11)),
                png);
        assertPng(png, Charts.WIDTH, Charts.HEIGHT);
    }

    @Test
    void drawsASingleEpochWithoutAuc() throws IOException {
        Path png = directory.resolve("one.png");
        Charts.trainingCurves(
                List.of(new EpochRecord(0, 1, 0.69, 0.55, 0.66, 0.6, Double.NaN, 12)), png);
        assertPng(png, Charts.WIDTH, Charts.HEIGHT);
    }

    @Test
    void rejectsAnEmptyHistory() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Charts.trainingCurves(List.of(), directory.resolve("none.png")));
    }

    @Test
    void drawsTheRocCurve() throws IOException {
        Path png = directory.resolve("roc.png");
        Charts.rocCurve(evaluations()[0], png);
        assertPng(png, Charts.WIDTH, Charts.HEIGHT);
    }

    @Test
    void drawsTheReliabilityDiagram() throws IOException {
        BinaryEvaluation[] e = evaluations();
        Path png = directory.resolve("reliability.png");
        Charts.reliabilityDiagram(e[0], e[1], png);
        assertPng(png, Charts.WIDTH, Charts.HEIGHT);
        // The file name is used as given, without an extension added.
        Path bare = directory.resolve("reliability");
        Charts.reliabilityDiagram(e[0], e[1], bare);
        assertTrue(Files.isRegularFile(bare));
        assertTrue(Arrays.equals(Files.readAllBytes(png), Files.readAllBytes(bare)));
    }
}
