package com.marketmood.sentiment.examples;

import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores every message of a CSV, JSON Lines or plain-text file and writes the input's fields with
 * {@code label} and {@code bullish_probability}. Rows are read, scored in batches and written as a
 * stream, so memory does not grow with the input.
 */
@Command(
        name = "score",
        sortOptions = false,
        description = {
            "Scores each message of a file or standard input and writes its fields plus 'label'"
                    + " (bullish or bearish) and 'bullish_probability', in input order, to a file"
                    + " or standard output. A name ending in .gz is read or written compressed.",
            "",
            "Rows that cannot be read (a malformed CSV row, invalid JSON, no text or a null text,"
                    + " a blank line) are skipped, counted and never written. A summary on standard"
                    + " error ends the run: messages scored, counts per label, mean probability,"
                    + " rows skipped and why. On a terminal a progress bar shows the rate and the"
                    + " time left.",
            "",
            "Exit status: 0 when the run completes, rows skipped or not; 2 for a usage error.",
            ""
        })
final class ScoreCommand implements Callable<Integer> {

    private static final String STANDARD_STREAM = "-";

    @Spec CommandSpec spec;

    @Parameters(
            paramLabel = "INPUT",
            arity = "0..1",
            defaultValue = STANDARD_STREAM,
            description = "File to score, or - for standard input (default: ${DEFAULT-VALUE}).")
    String input;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            defaultValue = STANDARD_STREAM,
            description = "Where to write, or - for standard output (default: ${DEFAULT-VALUE}).")
    String output;

    @Option(
            names = "--input-format",
            paramLabel = "csv|jsonl|text",
            description =
                    "csv (with a header row), jsonl (one JSON object a line) or text (one message"
                            + " a line). Default: from the extension (.csv, .jsonl/.ndjson/.json,"
                            + " .txt), else text.")
    String inputFormat;

    @Option(
            names = "--output-format",
            paramLabel = "csv|jsonl",
            description =
                    "csv or jsonl. Default: from the extension (.jsonl/.ndjson/.json), else csv.")
    String outputFormat;

    @Option(
            names = "--text-column",
            paramLabel = "NAME",
            defaultValue = "message",
            description =
                    "The CSV column or JSON member holding the message; for text input, the name"
                            + " of its one column in the output (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(
            names = "--batch-size",
            paramLabel = "N",
            defaultValue = "256",
            description =
                    "Messages per predict call (default: ${DEFAULT-VALUE}); the SDK scores each call in"
                            + " forward passes of up to 64 messages of similar length.")
    int batchSize;

    @Option(
            names = "--threads",
            paramLabel = "N",
            defaultValue = "0",
            description =
                    "PyTorch intra-op threads (default: the engine's own choice; MXNet reads"
                            + " OMP_NUM_THREADS).")
    int threads;

    @Mixin ModelOptions model;

    @Override
    public Integer call() throws Exception {
        ScoreFormat in = inputFormat();
        ScoreFormat out = outputFormat();
        if (batchSize < 1) {
            throw usage("--batch-size must be at least 1, not " + batchSize);
        }
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ScoreProgress progress = new ScoreProgress(err, inputSize(), ConsoleProgress.onTerminal());
        Engines.setThreads(threads);

        ScoreSummary summary = new ScoreSummary();
        long start;
        String note;
        try (RowReader reader = openReader(in, progress);
                SentimentModel m = model.load()) {
            err.printf(
                    "scoring with %s %s on %s, device %s%n",
                    m.info().name(), m.info().version(), m.info().engine(), m.info().device());
            start = System.nanoTime();
            progress.begin();
            try (RowWriter writer = openWriter(out)) {
                score(reader, m, writer, summary, progress);
                writer.finish(List.of(textColumn));
                note = writer.note();
            }
        }
        progress.clear();
        summary.print(err, (System.nanoTime() - start) / 1e9, note);
        return 0;
    }

    private void score(
            RowReader reader,
            SentimentModel m,
            RowWriter writer,
            ScoreSummary summary,
            ScoreProgress progress)
            throws IOException {
        List<InputRow.Message> batch = new ArrayList<>(batchSize);
        InputRow row;
        while ((row = reader.next()) != null) {
            if (row instanceof InputRow.Message message) {
                batch.add(message);
                if (batch.size() == batchSize) {
                    scoreBatch(batch, m, writer, summary);
                    progress.update(summary.scored());
                }
            } else {
                summary.skipped((InputRow.Rejected) row);
            }
        }
        scoreBatch(batch, m, writer, summary);
    }

    private static void scoreBatch(
            List<InputRow.Message> batch, SentimentModel m, RowWriter writer, ScoreSummary summary)
            throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>(batch.size());
        for (InputRow.Message message : batch) {
            texts.add(message.text());
        }
        List<Sentiment> results = m.predict(texts);
        for (int i = 0; i < batch.size(); i++) {
            writer.write(batch.get(i), results.get(i));
            summary.scored(results.get(i));
        }
        batch.clear();
    }

    private ScoreFormat inputFormat() {
        if (inputFormat != null) {
            return parseFormat(inputFormat, "--input-format");
        }
        return ScoreFormat.fromFileName(input, ScoreFormat.TEXT);
    }

    private ScoreFormat outputFormat() {
        ScoreFormat format =
                outputFormat != null
                        ? parseFormat(outputFormat, "--output-format")
                        : ScoreFormat.fromFileName(output, ScoreFormat.CSV);
        if (format == ScoreFormat.TEXT) {
            if (outputFormat != null) {
                throw usage("--output-format must be csv or jsonl, not " + outputFormat);
            }
            return ScoreFormat.CSV;
        }
        return format;
    }

    private ScoreFormat parseFormat(String name, String option) {
        try {
            return ScoreFormat.parse(name);
        } catch (IllegalArgumentException e) {
            throw usage(option + ": " + e.getMessage());
        }
    }

    private long inputSize() throws IOException {
        if (STANDARD_STREAM.equals(input)) {
            return -1;
        }
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            throw usage("No such input file: " + path.toAbsolutePath());
        }
        return Files.size(path);
    }

    private RowReader openReader(ScoreFormat format, ScoreProgress progress) throws IOException {
        InputStream raw;
        try {
            raw = STANDARD_STREAM.equals(input) ? System.in : Files.newInputStream(Path.of(input));
        } catch (NoSuchFileException e) {
            throw usage("No such input file: " + input);
        }
        try {
            return RowReader.open(progress.count(raw), input, format, textColumn);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private RowWriter openWriter(ScoreFormat format) throws IOException {
        OutputStream bytes;
        if (STANDARD_STREAM.equals(output)) {
            bytes = unclosable(System.out);
        } else {
            bytes = Files.newOutputStream(Path.of(output));
            if (ScoreFormat.isGzip(output)) {
                bytes = new GZIPOutputStream(bytes, 1 << 16);
            }
        }
        Writer text =
                new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
        return format == ScoreFormat.JSONL ? new JsonLinesRowWriter(text) : new CsvRowWriter(text);
    }

    /** Standard output is flushed at the end, never closed: the caller may still print. */
    private static OutputStream unclosable(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
