package com.marketmood.sentiment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.Label;
import com.marketmood.sentiment.core.testing.TestData;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
