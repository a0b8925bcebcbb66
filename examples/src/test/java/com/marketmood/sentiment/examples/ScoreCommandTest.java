package com.marketmood.sentiment.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {

    /** Messages written for these tests: quotes, commas, a line break, emoji, an empty one. */
    private static final List<String> MESSAGES =
            List.of(
                    "$SPY breaking out, calls printing",
                    "$SPY rejected at the highs, loading puts",
                    "Fed minutes at 2pm",
                    "he said \"buy the dip\" and it kept dipping",
                    "gap fill then new highs,\nholding my calls",
                    "rocket 🚀🚀 to 250",
                    "",
                    "bears getting squeezed again",
                    "this market will crash, cash is king",
                    "volume dried up, chop all day");

    private static SentimentModel model;

    @TempDir Path dir;

    @BeforeAll
    static void loadModel() throws Exception {
        model = SentimentModel.load();
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    /** The exit code and both output streams of one run. */
    private record Run(int code, String out, String err) {}

    private static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = new CommandLine(new SentimentCli()).execute(args);
            return new Run(
                    code,
                    outBytes.toString(StandardCharsets.UTF_8),
                    errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    private static Run runOk(String stdin, String... args) {
        Run run = run(stdin, args);
        assertEquals(0, run.code(), "exit code of " + List.of(args) + "\n" + run.err());
        return run;
    }

    private static List<CSVRecord> parseCsv(String text) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private static String csv(List<List<String>> rows) throws Exception {
        StringBuilder b = new StringBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
        try (var printer = format.print(b)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return b.toString();
    }

    /** A CSV shaped like the data set: an unnamed id column, message, sentiment. */
    private Path writeCsvInput() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("", "message", "sentiment"));
        for (int i = 0; i < MESSAGES.size(); i++) {
            rows.add(List.of(Integer.toString(i), MESSAGES.get(i), i % 2 == 0 ? "bull" : "bear"));
        }
        Path file = dir.resolve("in.csv");
        Files.writeString(file, csv(rows));
        return file;
    }

    /**
     * The SDK's batches differ from one message alone in the last float bits (about 1e-8), so
     * probabilities are compared to 1e-6.
     */
    private static void assertScoredLike(String text, String label, String probability) {
        Sentiment expected = model.predict(text);
        assertEquals(expected.label().name().toLowerCase(Locale.ROOT), label, text);
        assertEquals(expected.bullishProbability(), Double.parseDouble(probability), 1e-6, text);
    }

    @Test
    void csvOutputKeepsEveryColumnAndTheOrderAndMatchesPredict() throws Exception {
        Path in = writeCsvInput();
        Path out = dir.resolve("out.csv");

        Run run = runOk("", "score", in.toString(), "-o", out.toString(), "--batch-size", "3");

        List<CSVRecord> records = parseCsv(Files.readString(out));
        assertEquals(
                List.of("", "message", "sentiment", "label", "bullish_probability"),
                records.get(0).toList());
        assertEquals(MESSAGES.size() + 1, records.size());
        for (int i = 0; i < MESSAGES.size(); i++) {
            CSVRecord r = records.get(i + 1);
            assertEquals(Integer.toString(i), r.get(0));
            assertEquals(MESSAGES.get(i), r.get(1));
            assertEquals(i % 2 == 0 ? "bull" : "bear", r.get(2));
            assertScoredLike(MESSAGES.get(i), r.get(3), r.get(4));
        }
        assertTrue(run.err().contains("scored 10 messages"), run.err());
        assertTrue(run.err().contains("rows skipped: 0"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void summaryCountsLabelsAndMeanProbability() throws Exception {
        Path in = writeCsvInput();

        Run run = runOk("", "score", in.toString(), "-o", dir.resolve("out.csv").toString());

        List<Sentiment> expected = model.predict(MESSAGES);
        long bullish = expected.stream().filter(s -> s.label().name().equals("BULLISH")).count();
        double mean =
                expected.stream().mapToDouble(Sentiment::bullishProbability).average().orElse(0);
        String line =
                String.format(
                        Locale.ROOT,
                        "bullish %d (%.1f%%), bearish %d (%.1f%%), mean bullish probability %.4f",
                        bullish,
                        100.0 * bullish / MESSAGES.size(),
                        MESSAGES.size() - bullish,
                        100.0 * (MESSAGES.size() - bullish) / MESSAGES.size(),
                        mean);
        assertTrue(run.err().contains(line), "expected '" + line + "' in\n" + run.err());
    }

    @Test
    void jsonLinesKeepMemberTypesAndGainLabelAndProbability() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < MESSAGES.size(); i++) {
            JsonObject o = new JsonObject();
            o.addProperty("id", i);
            o.addProperty("message", MESSAGES.get(i));
            JsonObject user = new JsonObject();
            user.addProperty("followers", 10 * i);
            o.add("user", user);
            lines.append(o).append('\n');
        }
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, lines);
        Path out = dir.resolve("out.jsonl");

        runOk("", "score", in.toString(), "-o", out.toString(), "--batch-size", "4");

        List<String> written = Files.readAllLines(out);
        assertEquals(MESSAGES.size(), written.size());
        for (int i = 0; i < MESSAGES.size(); i++) {
            JsonObject o = JsonParser.parseString(written.get(i)).getAsJsonObject();
            assertEquals(
                    List.of("id", "message", "user", "label", "bullish_probability"),
                    List.copyOf(o.keySet()));
            assertEquals(i, o.get("id").getAsInt());
            assertEquals(10 * i, o.getAsJsonObject("user").get("followers").getAsInt());
            assertEquals(MESSAGES.get(i), o.get("message").getAsString());
            assertScoredLike(
                    MESSAGES.get(i),
                    o.get("label").getAsString(),
                    o.get("bullish_probability").getAsString());
        }
    }

    @Test
    void csvToJsonLinesAndBackGivesTheSameTable() throws Exception {
        Path in = writeCsvInput();
        Path direct = dir.resolve("direct.csv");
        Path json = dir.resolve("scored.jsonl");
        Path back = dir.resolve("back.csv");

        runOk("", "score", in.toString(), "-o", direct.toString());
        runOk("", "score", in.toString(), "-o", json.toString());
        // Scoring the scored file again replaces its label and probability with equal ones.
        runOk("", "score", json.toString(), "-o", back.toString());

        assertEquals(Files.readString(direct), Files.readString(back));
    }

    @Test
    void unreadableJsonRowsAreSkippedCountedAndExplained() throws Exception {
        String input =
                String.join(
                        "\n",
                        "{\"message\": \"calls printing\"}",
                        "{\"message\": \"unterminated",
                        "{\"text\": \"wrong member\"}",
                        "{\"message\": null}",
                        "{\"message\": 42}",
                        "",
                        "[\"an array\"]",
                        "{'message': 'single quotes are not JSON'}",
                        "{\"message\": \"puts printing\"}",
                        "{\"message\": \"no closing brace\"");
        Path in = dir.resolve("bad.jsonl");
        Files.writeString(in, input + "\n");
        Path out = dir.resolve("out.jsonl");

        Run run = runOk("", "score", in.toString(), "-o", out.toString());

        List<String> written = Files.readAllLines(out);
        assertEquals(2, written.size());
        assertTrue(written.get(0).contains("\"calls printing\""), written.get(0));
        assertTrue(written.get(1).contains("\"puts printing\""), written.get(1));
        String err = run.err();
        assertTrue(err.contains("scored 2 messages"), err);
        assertTrue(err.contains("rows skipped: 8"), err);
        assertTrue(err.contains("3 invalid JSON (line 2, 8, 10)"), err);
        assertTrue(err.contains("1 no field 'message' (line 3)"), err);
        assertTrue(err.contains("1 'message' is null (line 4)"), err);
        assertTrue(err.contains("1 'message' is not a string (line 5)"), err);
        assertTrue(err.contains("1 blank line (line 6)"), err);
        assertTrue(err.contains("1 not a JSON object (line 7)"), err);
    }

    @Test
    void malformedCsvRowsAreSkippedAndReadingGoesOn() throws Exception {
        String input =
                "id,message\n"
                        + "1,calls printing\n"
                        + "2,\"quoted\"then text,more\n"
                        + "3,puts printing\n"
                        + "4,too,many,cells\n"
                        + "5,\"a quoted message, with a comma\"\n";
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, input);
        Path out = dir.resolve("out.csv");

        Run run = runOk("", "score", in.toString(), "-o", out.toString());

        List<CSVRecord> records = parseCsv(Files.readString(out));
        List<String> ids = new ArrayList<>();
        for (CSVRecord r : records.subList(1, records.size())) {
            ids.add(r.get(0));
        }
        assertEquals(List.of("1", "3", "5"), ids);
        assertTrue(run.err().contains("rows skipped: 2"), run.err());
        assertTrue(run.err().contains("1 malformed CSV (line 3)"), run.err());
        assertTrue(run.err().contains("1 wrong number of cells (line 5)"), run.err());
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() throws Exception {
        String stdin = "$SPY breaking out, calls printing\n\nloading puts into the close\n";

        Run run = runOk(stdin, "score");

        List<CSVRecord> records = parseCsv(run.out());
        assertEquals(List.of("message", "label", "bullish_probability"), records.get(0).toList());
        assertEquals(3, records.size());
        assertEquals("$SPY breaking out, calls printing", records.get(1).get(0));
        assertScoredLike(records.get(1).get(0), records.get(1).get(1), records.get(1).get(2));
        assertEquals("loading puts into the close", records.get(2).get(0));
        assertScoredLike(records.get(2).get(0), records.get(2).get(1), records.get(2).get(2));
        assertTrue(run.err().contains("1 blank line (line 2)"), run.err());
    }

    @Test
    void standardOutputCanBeJsonLinesWithAChosenTextColumn() throws Exception {
        String stdin = "{\"body\": \"calls printing\", \"n\": 1}\n";

        Run run =
                runOk(
                        stdin,
                        "score",
                        "-",
                        "--input-format",
                        "jsonl",
                        "--output-format",
                        "jsonl",
                        "--text-column",
                        "body");

        JsonObject o = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertEquals(1, o.get("n").getAsInt());
        assertScoredLike(
                "calls printing",
                o.get("label").getAsString(),
                o.get("bullish_probability").getAsString());
    }

    @Test
    void byteOrderMarkDoesNotHideTheFirstColumn() throws Exception {
        Path in = dir.resolve("excel.csv");
        Files.writeString(in, "\uFEFFmessage,id\ncalls printing,7\n");

        Run run = runOk("", "score", in.toString(), "--output-format", "jsonl");

        JsonObject o = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        assertEquals("calls printing", o.get("message").getAsString());
        assertEquals("7", o.get("id").getAsString());
    }

    @Test
    void gzipInputAndOutputAreReadAndWrittenCompressed() throws Exception {
        Path in = dir.resolve("in.txt.gz");
        try (var gz = new GZIPOutputStream(Files.newOutputStream(in))) {
            gz.write("calls printing\nputs printing\n".getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("out.csv.gz");

        runOk("", "score", in.toString(), "-o", out.toString());

        String text;
        try (var gz = new GZIPInputStream(Files.newInputStream(out))) {
            text = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<CSVRecord> records = parseCsv(text);
        assertEquals(List.of("message", "label", "bullish_probability"), records.get(0).toList());
        assertEquals("calls printing", records.get(1).get(0));
        assertEquals("puts printing", records.get(2).get(0));
    }

    @Test
    void csvWithoutTheTextColumnIsAUsageErrorNamingIt() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "id,body\n1,calls printing\n");

        Run run = run("", "score", in.toString(), "-o", dir.resolve("out.csv").toString());

        assertEquals(2, run.code());
        assertTrue(run.err().contains("no column 'message'"), run.err());
        assertTrue(Files.notExists(dir.resolve("out.csv")));
    }

    @Test
    void helpExplainsEveryOption() {
        Run run = runOk("", "score", "--help");

        for (String option :
                List.of(
                        "INPUT",
                        "--output",
                        "--input-format",
                        "--output-format",
                        "--text-column",
                        "--batch-size",
                        "--model",
                        "--version",
                        "--model-path",
                        "--engine",
                        "--device")) {
            assertTrue(run.out().contains(option), option + " missing from\n" + run.out());
        }
    }
}
