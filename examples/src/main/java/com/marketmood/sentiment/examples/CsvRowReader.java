package com.marketmood.sentiment.examples;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV with a header row (RFC 4180; quoted cells may hold commas and line breaks). A row with a
 * quoting fault or with more or fewer cells than the header is rejected, and reading goes on with
 * the next line.
 */
final class CsvRowReader implements RowReader {

    /** Each fault consumes input, so more than this on one line means the parser is stuck. */
    private static final int MAX_FAULTS_PER_LINE = 100_000;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final int textIndex;
    private long faultLine = -1;
    private int faultsOnLine;

    /**
     * Reads the header.
     *
     * @throws IllegalArgumentException if the header lacks the text column
     * @throws IOException if the header cannot be read
     */
    CsvRowReader(Reader in, String column) throws IOException {
        parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(in);
        records = parser.iterator();
        try {
            header = records.hasNext() ? records.next().toList() : List.of(column);
        } catch (UncheckedIOException e) {
            throw new IOException("Cannot read the CSV header: " + e.getCause().getMessage(), e);
        }
        textIndex = header.indexOf(column);
        if (textIndex < 0) {
            throw new IllegalArgumentException(
                    "The CSV header has no column '"
                            + column
                            + "' (it has "
                            + header
                            + "): choose one with --text-column");
        }
    }

    @Override
    public InputRow next() throws IOException {
        while (true) {
            long start = parser.getCurrentLineNumber() + 1;
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException | NoSuchElementException e) {
                if (parser.getCurrentLineNumber() == faultLine) {
                    // Another fault further along a line already rejected: same row.
                    if (++faultsOnLine > MAX_FAULTS_PER_LINE) {
                        throw new IOException("The CSV parser makes no progress on line " + start);
                    }
                    continue;
                }
                faultLine = parser.getCurrentLineNumber();
                faultsOnLine = 1;
                return new InputRow.Rejected(start, "malformed CSV", RowReader.rootMessage(e));
            }
            if (parser.getCurrentLineNumber() == faultLine) {
                // The rest of a line whose start was malformed: part of the row already rejected.
                continue;
            }
            faultLine = -1;
            if (record.size() != header.size()) {
                return new InputRow.Rejected(
                        start,
                        "wrong number of cells",
                        record.size() + " cells, the header has " + header.size());
            }
            List<String> cells = record.toList();
            return new InputRow.Message(
                    start, cells.get(textIndex), new InputRow.Cells(header, cells));
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
