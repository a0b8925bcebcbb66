package com.marketmood.sentiment.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/** Plain text: each line is one message, in a single column. Blank lines are rejected. */
final class TextRowReader implements RowReader {

    private final BufferedReader in;
    private final List<String> names;
    private long line;

    TextRowReader(BufferedReader in, String column) {
        this.in = in;
        this.names = List.of(column);
    }

    @Override
    public InputRow next() throws IOException {
        String text = in.readLine();
        if (text == null) {
            return null;
        }
        line++;
        if (text.isBlank()) {
            return new InputRow.Rejected(line, "blank line", null);
        }
        return new InputRow.Message(line, text, new InputRow.Cells(names, List.of(text)));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
