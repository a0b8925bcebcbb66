package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.Sentiment;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** Writes scored rows: the input's fields, then {@code label} and {@code bullish_probability}. */
interface RowWriter extends Closeable {

    /** The name of the column holding {@code bullish} or {@code bearish}. */
    String LABEL = "label";

    /** The name of the column holding the probability of {@code bullish}. */
    String PROBABILITY = "bullish_probability";

    /**
     * Writes one scored row.
     *
     * @param row the row as read
     * @param sentiment its score
     * @throws IOException if the output cannot be written
     */
    void write(InputRow.Message row, Sentiment sentiment) throws IOException;

    /**
     * Ends the output; a CSV output that got no row still gets its header.
     *
     * @param columns the input's columns, for a header when no row was written
     * @throws IOException if the output cannot be written
     */
    void finish(List<String> columns) throws IOException;

    /**
     * Says what the output had to leave out, for the summary.
     *
     * @return a sentence, or null when nothing was left out
     */
    default String note() {
        return null;
    }

    /** The label as written: lower case. */
    static String label(Sentiment sentiment) {
        return sentiment.label().name().toLowerCase(Locale.ROOT);
    }
}
