package com.marketmood.sentiment.core.nn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Stores a matrix as 8-bit integers with one scale per row, for embedding tables.
 *
 * <p>Each row is written as its scale (a float, the row's largest magnitude divided by 127)
 * followed by one signed byte per value, the value divided by the scale and rounded to the nearest
 * integer. Reading multiplies back, so a value is off by at most half a scale step: 0.4% of its
 * row's largest magnitude. Embedding rows are looked up, never multiplied by a large fan-in, so
 * this error stays small in the network's output; the trainer evaluates the model only after it has
 * been written and read back this way, so every reported figure is the stored model's.
 */
final class RowQuantizer {

    private static final float LEVELS = 127f;

    private RowQuantizer() {}

    /** Writes {@code values}, read as {@code rows} rows, in 8-bit form. */
    static void write(DataOutputStream out, float[] values, int rows) throws IOException {
        int columns = columns(values.length, rows);
        byte[] quantized = new byte[columns];
        for (int r = 0; r < rows; r++) {
            int from = r * columns;
            float max = 0f;
            for (int c = 0; c < columns; c++) {
                max = Math.max(max, Math.abs(values[from + c]));
            }
            float scale = max / LEVELS;
            for (int c = 0; c < columns; c++) {
                quantized[c] = scale == 0f ? 0 : (byte) Math.round(values[from + c] / scale);
            }
            out.writeFloat(scale);
            out.write(quantized);
        }
    }

    /** Reads {@code count} values in {@code rows} rows written by {@link #write}. */
    static float[] read(DataInputStream in, int count, int rows) throws IOException {
        int columns = columns(count, rows);
        float[] values = new float[count];
        byte[] quantized = new byte[columns];
        for (int r = 0; r < rows; r++) {
            float scale = in.readFloat();
            if (!(scale >= 0f) || Float.isInfinite(scale)) {
                throw new IOException("Row " + r + " has an invalid scale " + scale);
            }
            in.readFully(quantized);
            int from = r * columns;
            for (int c = 0; c < columns; c++) {
                values[from + c] = quantized[c] * scale;
            }
        }
        return values;
    }

    private static int columns(int count, int rows) {
        if (rows <= 0 || count % rows != 0) {
            throw new IllegalArgumentException(count + " values do not form " + rows + " rows");
        }
        return count / rows;
    }
}
