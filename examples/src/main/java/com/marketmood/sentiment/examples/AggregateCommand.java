package com.marketmood.sentiment.examples;

import com.google.gson.JsonObject;
import com.marketmood.sentiment.core.aggregate.GroupIndex;
import com.marketmood.sentiment.core.aggregate.SentimentAggregator;
import com.marketmood.sentiment.core.aggregate.TimeBucket;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Turns a scored file into per-ticker (and per-time-bucket) sentiment indices. */
@Command(
        name = "aggregate",
        mixinStandardHelpOptions = true,
        description = {
            "Reads a scored file (the score command's output, CSV or JSON Lines) and groups its",
            "messages by the cashtags in their text ($AAPL; a message counts for every ticker it",
            "names) and, with --time-column, by hour, day or week (UTC). Per group: messages,",
            "bullish and bearish counts, mean bullish probability, the bullishness index",
            "ln((1 + bullish) / (1 + bearish)) and the agreement index",
            "1 - sqrt(1 - ((bullish - bearish) / (bullish + bearish))^2) of Antweiler and Frank",
            "(2004). Output sorted by ticker, then time."
        })
final class AggregateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "The scored file, or - for standard input.")
    String input;

    @Option(
            names = "--input-format",
            description =
                    "csv or jsonl (default: from the file name, a final .gz read compressed;"
                            + " csv for standard input).")
    String inputFormat;

    @Option(
            names = "--text-column",
            defaultValue = "message",
            description = "Column of the raw text (default: ${DEFAULT-VALUE}).")
    String textColumn;

    @Option(
            names = "--label-column",
            defaultValue = "label",
            description = "Column of the label, bullish or bearish (default: ${DEFAULT-VALUE}).")
    String labelColumn;

    @Option(
            names = "--probability-column",
            defaultValue = "bullish_probability",
            description = "Column of the bullish probability (default: ${DEFAULT-VALUE}).")
    String probabilityColumn;

    @Option(
            names = "--time-column",
            description =
                    "Column of the timestamp (epoch seconds or ISO-8601); without it, groups are"
                            + " by ticker only.")
    String timeColumn;

    @Option(
            names = "--bucket",
            defaultValue = "day",
            description = "hour, day or week, with --time-column (default: ${DEFAULT-VALUE}).")
    String bucket;

    @Option(
            names = {"-o", "--output"},
            description = "Output file (default: standard output).")
    Path output;

    @Option(
            names = "--output-format",
            description = "csv or jsonl (default: from the output file name, else csv).")
    String outputFormat;

    @Option(
            names = "--plot",
            paramLabel = "TICKER",
            description = "Also draw this ticker's bullishness index and message count over time.")
    String plotTicker;

    @Option(
            names = "--plot-file",
            description = "PNG file for --plot (default: <TICKER>-sentiment.png).")
    Path plotFile;

    private final Map<String, Long> skipped = new TreeMap<>();

    @Override
    public Integer call() throws Exception {
        if (plotTicker != null && timeColumn == null) {
            throw new IllegalArgumentException("--plot draws over time: give --time-column too");
        }
        TimeBucket width = timeColumn == null ? null : TimeBucket.parse(bucket);
        SentimentAggregator aggregator = new SentimentAggregator(width);
        long rows = 0;
        List<String> columns = new ArrayList<>(List.of(labelColumn, probabilityColumn));
        if (timeColumn != null) {
            columns.add(timeColumn);
        }
        ScoreFormat format =
                inputFormat != null
                        ? ScoreFormat.parse(inputFormat)
                        : ScoreFormat.fromFileName(input, ScoreFormat.CSV);
        InputStream raw = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
        try (RowReader reader = RowReader.open(raw, input, format, textColumn)) {
            InputRow row;
            while ((row = reader.next()) != null) {
                rows++;
                if (row instanceof InputRow.Rejected rejected) {
                    skip(rejected.reason());
                    continue;
                }
                InputRow.Message m = (InputRow.Message) row;
                List<String> values = m.fields().values(columns);
                add(
                        aggregator,
                        m.text(),
                        values.get(0),
                        values.get(1),
                        timeColumn == null ? null : values.get(2));
            }
        }

        List<GroupIndex> groups = aggregator.groups();
        write(groups);
        if (plotTicker != null) {
            plot(groups);
        }
        PrintStream err = System.err;
        err.printf(
                Locale.ROOT,
                "%,d rows read, %,d aggregated, %,d naming no ticker, %,d groups%n",
                rows,
                aggregator.messages(),
                aggregator.untagged(),
                groups.size());
        skipped.forEach((why, n) -> err.printf(Locale.ROOT, "%,d rows skipped: %s%n", n, why));
        return 0;
    }

    private void add(
            SentimentAggregator aggregator,
            String text,
            String label,
            String probability,
            String time) {
        Boolean bullish = parseLabel(label);
        if (bullish == null) {
            skip("label missing or not bullish/bearish");
            return;
        }
        double p;
        try {
            p = Double.parseDouble(probability);
        } catch (NumberFormatException e) {
            skip("bullish probability missing or not a number");
            return;
        }
        if (!(p >= 0 && p <= 1)) {
            skip("bullish probability outside [0, 1]");
            return;
        }
        Instant at = null;
        if (timeColumn != null) {
            try {
                at = TimeBucket.parseTimestamp(time);
            } catch (IllegalArgumentException e) {
                skip("timestamp missing or unreadable");
                return;
            }
        }
        aggregator.add(text, bullish, p, at);
    }

    private static Boolean parseLabel(String label) {
        switch (label.strip().toLowerCase(Locale.ROOT)) {
            case "bullish":
                return true;
            case "bearish":
                return false;
            default:
                return null;
        }
    }

    private void skip(String why) {
        skipped.merge(why, 1L, Long::sum);
    }

    private void write(List<GroupIndex> groups) throws IOException {
        String name = output == null ? "" : output.toString();
        ScoreFormat format =
                outputFormat != null
                        ? ScoreFormat.parse(outputFormat)
                        : ScoreFormat.fromFileName(name, ScoreFormat.CSV);
        if (format == ScoreFormat.TEXT) {
            throw new IllegalArgumentException("--output-format: choose csv or jsonl");
        }
        boolean jsonl = format == ScoreFormat.JSONL;
        Writer w =
                output == null
                        ? new BufferedWriter(
                                new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        try {
            if (jsonl) {
                for (GroupIndex g : groups) {
                    JsonObject o = new JsonObject();
                    o.addProperty("ticker", g.ticker());
                    if (g.bucket() != null) {
                        o.addProperty("bucket", g.bucket().toString());
                    }
                    o.addProperty("messages", g.messages());
                    o.addProperty("bullish", g.bullish());
                    o.addProperty("bearish", g.bearish());
                    o.addProperty("mean_bullish_probability", round(g.meanBullishProbability()));
                    o.addProperty("bullishness", round(g.bullishness()));
                    o.addProperty("agreement", round(g.agreement()));
                    w.write(o.toString());
                    w.write('\n');
                }
            } else {
                CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT);
                List<String> header = new ArrayList<>(List.of("ticker"));
                if (timeColumn != null) {
                    header.add("bucket");
                }
                header.addAll(
                        List.of(
                                "messages",
                                "bullish",
                                "bearish",
                                "mean_bullish_probability",
                                "bullishness",
                                "agreement"));
                p.printRecord(header);
                for (GroupIndex g : groups) {
                    List<Object> row = new ArrayList<>(List.of(g.ticker()));
                    if (timeColumn != null) {
                        row.add(g.bucket().toString());
                    }
                    row.addAll(
                            List.of(
                                    g.messages(),
                                    g.bullish(),
                                    g.bearish(),
                                    fixed(g.meanBullishProbability()),
                                    fixed(g.bullishness()),
                                    fixed(g.agreement())));
                    p.printRecord(row);
                }
                p.flush();
            }
        } finally {
            if (output == null) {
                w.flush();
            } else {
                w.close();
            }
        }
    }

    private void plot(List<GroupIndex> groups) throws IOException {
        String ticker = plotTicker.replace("$", "").toUpperCase(Locale.ROOT);
        List<Date> when = new ArrayList<>();
        List<Double> index = new ArrayList<>();
        List<Double> count = new ArrayList<>();
        for (GroupIndex g : groups) {
            if (g.ticker().equals(ticker)) {
                when.add(Date.from(g.bucket()));
                index.add(g.bullishness());
                count.add((double) g.messages());
            }
        }
        if (when.isEmpty()) {
            throw new IllegalArgumentException("No message names $" + ticker + "; nothing to plot");
        }
        XYChart chart =
                new XYChartBuilder()
                        .width(900)
                        .height(500)
                        .title("$" + ticker + ": bullishness index and messages per " + bucket)
                        .xAxisTitle("time (UTC)")
                        .yAxisTitle("bullishness ln((1+bull)/(1+bear))")
                        .build();
        chart.addSeries("bullishness", when, index);
        XYSeries messages = chart.addSeries("messages", when, count);
        messages.setYAxisGroup(1);
        chart.setYAxisGroupTitle(1, "messages");
        Path file = plotFile != null ? plotFile : Path.of(ticker + "-sentiment.png");
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
        System.err.println("Plot written to " + file);
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Math.round(v * 1e6) / 1e6;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }
}
