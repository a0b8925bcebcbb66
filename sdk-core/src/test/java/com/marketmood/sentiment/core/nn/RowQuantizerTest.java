package com.marketmood.sentiment.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowQuantizerTest {

    private static float[] roundTrip(float[] values, int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RowQuantizer.write(out, values, rows);
        }
        int columns = values.length / rows;
        assertEquals(rows * (4 + columns), bytes.size(), "one float and one byte per value a row");
        return RowQuantizer.read(
                new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())),
                values.length,
                rows);
    }

    @Test
    void errorIsAtMostHalfAStepOfItsRow() throws IOException {
        Random random = new Random(5);
        int rows = 50;
        int columns = 64;
        float[] values = new float[rows * columns];
        for (int i = 0; i < values.length; i++) {
            // Rows of very different magnitudes: each keeps its own precision.
            values[i] = (float) (random.nextGaussian() * Math.pow(10, (i / columns) % 5 - 3));
        }
        float[] back = roundTrip(values, rows);
        for (int r = 0; r < rows; r++) {
            float max = 0;
            for (int c = 0; c < columns; c++) {
                max = Math.max(max, Math.abs(values[r * columns + c]));
            }
            float halfStep = max / 127f / 2f;
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                assertTrue(
                        Math.abs(back[i] - values[i]) <= halfStep * 1.0001f,
                        values[i] + " became " + back[i]);
            }
        }
    }

    @Test
    void zeroRowsAndExtremesSurvive() throws IOException {
        float[] values = {0f, 0f, 0f, 1f, -1f, 0.5f};
        float[] back = roundTrip(values, 2);
        assertEquals(0f, back[0]);
        assertEquals(1f, back[3], 1e-7f);
        assertEquals(-1f, back[4], 1e-7f);
    }

    @Test
    void aCorruptScaleIsRefused() {
        byte[] row = {(byte) 0x7F, (byte) 0xC0, 0, 0, 1, 2}; // NaN scale, then two values
        assertThrows(
                IOException.class,
                () -> RowQuantizer.read(new DataInputStream(new ByteArrayInputStream(row)), 2, 1));
    }
}
