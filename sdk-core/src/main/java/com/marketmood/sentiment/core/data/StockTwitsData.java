package com.marketmood.sentiment.core.data;

import com.marketmood.sentiment.Label;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The StockTwits $SPY 2017 data set and its fixed train/validation/test split.
 *
 * <p>The CSV (plain or gzip) has the header {@code ,message,sentiment}: a row id, the raw message
 * and {@code bullish} or {@code bearish}. The split is three files of row ids, one a line, in a
 * {@code split} folder beside the CSV: {@code train.txt}, {@code val.txt}, {@code test.txt}.
 */
public final class StockTwitsData {

    /** The file name of the data set's CSV inside its folder. */
    public static final String CSV_NAME = "StockTwits_SPY_Sentiment_2017.csv.gz";

    /**
     * Stands for bytes that are not UTF-8 while reading: a noncharacter, so that a real U+FFFD in a
     * message is kept.
     */
    private static final char NOT_UTF8 = '\uFFFF';

    private final List<Message> train;
    private final List<Message> validation;
    private final List<Message> test;
    private final int skippedRows;

    private StockTwitsData(
            List<Message> train, List<Message> validation, List<Message> test, int skippedRows) {
        this.train = List.copyOf(train);
        this.validation = List.copyOf(validation);
        this.test = List.copyOf(test);
        this.skippedRows = skippedRows;
    }

    /**
     * Loads the data set and its split from its folder (the one holding {@value #CSV_NAME} and
     * {@code split/}), or from the CSV file itself with {@code split/} beside it.
     *
     * @param location the folder or the CSV file
     * @return the three parts of the split, each in the order of its id file
     * @throws IOException if a file is missing or unreadable, or the split names an unknown row
     */
    public static StockTwitsData load(Path location) throws IOException {
        Path csv = Files.isDirectory(location) ? location.resolve(CSV_NAME) : location;
        Path splitDir = csv.toAbsolutePath().getParent().resolve("split");
        requireFile(csv, "the StockTwits CSV");
        for (String part : new String[] {"train.txt", "val.txt", "test.txt"}) {
            requireFile(splitDir.resolve(part), "a split file");
        }

        CsvResult rows = readCsv(csv);
        if (rows.messages().isEmpty()) {
            throw new IOException(
                    csv
                            + ": no well-formed row ("
                            + rows.skipped()
                            + " malformed); is it the CSV?");
        }
        Map<Integer, Message> byId = new HashMap<>(rows.messages().size() * 2);
        for (Message m : rows.messages()) {
            byId.put(m.id(), m);
        }
        return new StockTwitsData(
                select(byId, splitDir.resolve("train.txt")),
                select(byId, splitDir.resolve("val.txt")),
                select(byId, splitDir.resolve("test.txt")),
                rows.skipped());
    }

    /**
     * Reads every well-formed row of a StockTwits CSV. Rows without a numeric id, a message and a
     * known label, and rows holding bytes that are not UTF-8, are counted as skipped, not fatal.
     *
     * <p>Broken quoting is read leniently: text after a closing quote is kept in the field, and a
     * quote that is never closed takes the rest of the file into one field, which makes one
     * malformed row (the rows it swallowed are then missing from the result, not counted).
     *
     * @param csv the CSV, gzip-compressed when its name ends in {@code .gz}
     * @return the messages in file order and the number of rows skipped
     * @throws IOException if the file is missing or cannot be read (a broken gzip stream, for
     *     example); the message names the file
     */
    public static CsvResult readCsv(Path csv) throws IOException {
        requireFile(csv, "the StockTwits CSV");
        CSVFormat format =
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true)
                        .setLenientEof(true)
                        .setTrailingData(true)
                        .get();
        List<Message> messages = new ArrayList<>();
        int skipped = 0;
        try (Reader reader = openUtf8(csv);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                Message m = parse(record);
                if (m == null) {
                    skipped++;
                } else {
                    messages.add(m);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IOException(
                    csv
                            + ": unreadable after "
                            + (messages.size() + skipped)
                            + " rows: "
                            + e.getMessage(),
                    e);
        }
        return new CsvResult(messages, skipped);
    }

    private static Message parse(CSVRecord record) {
        if (record.size() != 3) {
            return null;
        }
        for (String value : record) {
            if (value.indexOf(NOT_UTF8) >= 0) {
                return null;
            }
        }
        try {
            return new Message(
                    Integer.parseInt(record.get(0).strip()),
                    record.get(1),
                    Label.parse(record.get(2)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Reader openUtf8(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .replaceWith(String.valueOf(NOT_UTF8)));
    }

    private static List<Message> select(Map<Integer, Message> byId, Path idFile)
            throws IOException {
        List<Message> out = new ArrayList<>();
        int lineNumber = 0;
        for (String line : Files.readAllLines(idFile, StandardCharsets.UTF_8)) {
            lineNumber++;
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            Message m;
            try {
                m = byId.get(Integer.parseInt(t));
            } catch (NumberFormatException e) {
                throw new IOException(idFile + ":" + lineNumber + ": not a row id: " + t, e);
            }
            if (m == null) {
                throw new IOException(
                        idFile + ":" + lineNumber + ": row " + t + " is not in the CSV");
            }
            out.add(m);
        }
        return out;
    }

    private static void requireFile(Path file, String what) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(
                    file.toString(), null, "missing " + what + "; pass the data set's folder");
        }
    }

    /**
     * Returns the training part.
     *
     * @return the training messages
     */
    public List<Message> train() {
        return train;
    }

    /**
     * Returns the validation part, for tuning and early stopping.
     *
     * @return the validation messages
     */
    public List<Message> validation() {
        return validation;
    }

    /**
     * Returns the test part, for final figures only.
     *
     * @return the test messages
     */
    public List<Message> test() {
        return test;
    }

    /**
     * Returns how many CSV rows were malformed and skipped.
     *
     * @return the number of skipped rows
     */
    public int skippedRows() {
        return skippedRows;
    }

    /**
     * One labelled message.
     *
     * @param id the row id in the CSV
     * @param text the raw message
     * @param label the author's tag
     */
    public record Message(int id, String text, Label label) {

        /**
         * Returns whether the author tagged the message bullish.
         *
         * @return {@code true} for bullish
         */
        public boolean bullish() {
            return label == Label.BULLISH;
        }
    }

    /**
     * The rows of a CSV.
     *
     * @param messages the well-formed rows, in file order
     * @param skipped how many rows were malformed
     */
    public record CsvResult(List<Message> messages, int skipped) {}
}
