package com.marketmood.sentiment.examples;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.apache.commons.io.input.BOMInputStream;

/** Reads the rows of a command's input (CSV, JSON Lines or text) one at a time, memory flat. */
interface RowReader extends Closeable {

    /**
     * Reads the next row.
     *
     * @return the next row, a {@link InputRow.Rejected} for a row that cannot be scored, or null at
     *     the end of the input
     * @throws IOException if the input cannot be read at all
     */
    InputRow next() throws IOException;

    /** The message of an exception's deepest cause: what a parser said about the row. */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /**
     * Opens a reader over raw bytes: gunzips them when the name ends in {@code .gz}, skips a
     * byte-order mark, and reads the format given.
     *
     * @param raw the input's bytes; closed with the reader
     * @param name the input's file name, or {@code -}
     * @param format the format
     * @param textColumn the column or member holding the message
     * @return the reader
     * @throws IOException if the stream cannot be opened
     * @throws IllegalArgumentException if the input does not fit the format (a CSV header without
     *     the text column, for example); the stream is closed then
     */
    static RowReader open(InputStream raw, String name, ScoreFormat format, String textColumn)
            throws IOException {
        InputStream bytes = raw;
        if (ScoreFormat.isGzip(name)) {
            bytes = new GZIPInputStream(bytes, 1 << 16);
        }
        // Spreadsheet exports often start with a byte-order mark, which would stick to the first
        // column's name.
        bytes = BOMInputStream.builder().setInputStream(bytes).get();
        BufferedReader text =
                new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
        try {
            switch (format) {
                case CSV:
                    return new CsvRowReader(text, textColumn);
                case JSONL:
                    return new JsonLinesRowReader(text, textColumn);
                default:
                    return new TextRowReader(text, textColumn);
            }
        } catch (IllegalArgumentException e) {
            text.close();
            throw e;
        }
    }
}
