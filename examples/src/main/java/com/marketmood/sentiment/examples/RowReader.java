package com.marketmood.sentiment.examples;

import java.io.Closeable;
import java.io.IOException;

/** Reads the rows of a score command's input one at a time, so memory stays flat. */
interface RowReader extends Closeable {

    /**
     * Reads the next row.
     *
     * @return the next row, a {@link InputRow.Rejected} for a row that cannot be scored, or null at
     *     the end of the input
     * @throws IOException if the input cannot be read at all
     */
    InputRow next() throws IOException;
}
