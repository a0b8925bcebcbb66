package com.marketmood.sentiment.core.data;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.core.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockTwitsDataTest {

    @TempDir Path tmp;

    @Test
    void readsQuotedMultiLineMessagesAndCountsMalformedRows() throws Exception {
        Path csv = tmp.resolve("sample.csv");
        Files.writeString(
                csv,
                ",message,sentiment\n"
                        + "0,$SPY to the moon,bullish\n"
                        + "1,\"puts, puts\nand more puts\",Bearish\n"
                        + "2,no label here,sideways\n"
                        + "x,bad id,bullish\n"
                        + "4,too,many,columns\n");
        StockTwitsData.CsvResult rows = StockTwitsData.readCsv(csv);
        assertEquals(2, rows.messages().size());
        assertEquals(3, rows.skipped());
        assertEquals("puts, puts\nand more puts", rows.messages().get(1).text());
        assertEquals(Label.BEARISH, rows.messages().get(1).label());
    }

    @Test
    void rowsWithBytesThatAreNotUtf8AreCountedAndARealReplacementCharacterIsKept()
            throws Exception {
        Path csv = tmp.resolve("bytes.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(",message,sentiment\n0,fine,bullish\n1,caf".getBytes(UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // a lead byte without its tail
        bytes.writeBytes(",bearish\n2,".getBytes(UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE}); // never valid in UTF-8
        bytes.writeBytes(",bullish\n3,kept \uFFFD as written,bearish\n".getBytes(UTF_8));
        Files.write(csv, bytes.toByteArray());

        StockTwitsData.CsvResult rows = StockTwitsData.readCsv(csv);

        assertEquals(List.of(0, 3), rows.messages().stream().map(m -> m.id()).toList());
        assertEquals(2, rows.skipped());
        assertEquals("kept \uFFFD as written", rows.messages().get(1).text());
    }

    @Test
    void brokenQuotingIsCountedNotFatal() throws Exception {
        Path csv = tmp.resolve("quotes.csv");
        Files.writeString(
                csv,
                ",message,sentiment\n"
                        + "0,a \"quoted\" word inside,bullish\n"
                        + "1,\"closed\" then more,bearish\n"
                        + "2,\"never closed,bullish\n"
                        + "3,swallowed by the open quote,bearish\n");

        StockTwitsData.CsvResult rows = StockTwitsData.readCsv(csv);

        assertEquals(List.of(0, 1), rows.messages().stream().map(m -> m.id()).toList());
        assertEquals("a \"quoted\" word inside", rows.messages().get(0).text());
        assertEquals("closed then more", rows.messages().get(1).text());
        assertEquals(1, rows.skipped());
    }

    @Test
    void aFileThatIsNotGzipOrIsCutShortIsAnErrorNamingIt() throws Exception {
        Path notGzip = tmp.resolve("plain.csv.gz");
        Files.writeString(notGzip, ",message,sentiment\n0,calls,bullish\n");
        IOException e = assertThrows(IOException.class, () -> StockTwitsData.readCsv(notGzip));
        assertTrue(e.getMessage().contains(notGzip.toString()), e.getMessage());

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 20_000; i++) {
                out.write((i == 0 ? ",message,sentiment\n" : "").getBytes(UTF_8));
                out.write((i + ",calls printing " + i * 31 + ",bullish\n").getBytes(UTF_8));
            }
        }
        Path cut = tmp.resolve("cut.csv.gz");
        Files.write(cut, Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
        e = assertThrows(IOException.class, () -> StockTwitsData.readCsv(cut));
        assertTrue(e.getMessage().contains(cut.toString()), e.getMessage());
    }

    @Test
    void aDataSetWithNoWellFormedRowIsAnError() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.createDirectories(dir.resolve("split"));
        for (String part : List.of("train.txt", "val.txt", "test.txt")) {
            Files.writeString(dir.resolve("split").resolve(part), "0\n");
        }
        Path csv = dir.resolve("rows.csv");
        Files.writeString(csv, ",message,sentiment\n0,no label,sideways\nx,bad id,bullish\n");

        IOException e = assertThrows(IOException.class, () -> StockTwitsData.load(csv));

        assertTrue(e.getMessage().contains("no well-formed row (2 malformed)"), e.getMessage());
    }

    @Test
    void aMissingFileNamesItself() {
        NoSuchFileException e =
                assertThrows(
                        NoSuchFileException.class, () -> StockTwitsData.load(tmp.resolve("none")));
        assertTrue(e.getMessage().contains("StockTwits"), e.getMessage());
    }

    @Test
    void theFixedSplitHasTheDocumentedSizes() throws Exception {
        StockTwitsData data = StockTwitsData.load(TestData.dataDir());
        assertEquals(77_572, data.train().size());
        assertEquals(9_697, data.validation().size());
        assertEquals(9_697, data.test().size());
        assertEquals(0, data.skippedRows());
        long bullish = data.test().stream().filter(StockTwitsData.Message::bullish).count();
        assertEquals(0.5444, bullish / 9697.0, 1e-4);
    }
}
