package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.Sentiment;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV with a header: the columns of the first row, then {@code label} and {@code
 * bullish_probability}. Input columns of those two names are replaced. JSON rows may differ in
 * their members: a member outside the header is left out (and counted), a missing one is empty.
 */
final class CsvRowWriter implements RowWriter {

    private final CSVPrinter printer;
    private List<String> columns;
    private long rowsWithExtraFields;

    CsvRowWriter(Writer out) throws IOException {
        printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
    }

    @Override
    public void write(InputRow.Message row, Sentiment sentiment) throws IOException {
        if (columns == null) {
            header(row.fields().names());
        }
        if (row.fields() instanceof InputRow.JsonFields json
                && !columns.containsAll(json.object().keySet())) {
            rowsWithExtraFields++;
        }
        List<String> cells = new ArrayList<>(row.fields().values(columns));
        cells.add(RowWriter.label(sentiment));
        cells.add(Double.toString(sentiment.bullishProbability()));
        printer.printRecord(cells);
    }

    private void header(List<String> names) throws IOException {
        columns = new ArrayList<>(names);
        columns.remove(LABEL);
        columns.remove(PROBABILITY);
        List<String> header = new ArrayList<>(columns);
        header.add(LABEL);
        header.add(PROBABILITY);
        printer.printRecord(header);
    }

    @Override
    public void finish(List<String> inputColumns) throws IOException {
        if (columns == null) {
            header(inputColumns);
        }
        printer.flush();
    }

    @Override
    public String note() {
        if (rowsWithExtraFields == 0) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "%,d rows had JSON members outside the CSV header (taken from the first row);"
                        + " those members are not in the output: write JSON Lines to keep them",
                rowsWithExtraFields);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
