package com.marketmood.sentiment.core.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentimentAggregatorTest {

    @Test
    void cashtagsAreTickersNotPrices() {
        assertEquals(
                Set.of("SPY", "BRK.B", "AAPL"),
                Cashtags.of("$SPY and $spy, $BRK.B at $42.50, $AAPL. but not a$b or US$5 or $$"));
        assertEquals(List.of("QQQ", "SPY"), List.copyOf(Cashtags.of("$QQQ leads $SPY")));
        assertEquals(Set.of(), Cashtags.of(null));
        assertEquals(Set.of(), Cashtags.of("$TOOLONGX is not one"));
    }

    @Test
    void indicesFollowAntweilerAndFrank() {
        GroupIndex mostlyBull = GroupIndex.of("SPY", null, 3, 1, 2.8);
        assertEquals(Math.log(2), mostlyBull.bullishness(), 1e-12); // ln((1+3)/(1+1))
        assertEquals(1 - Math.sqrt(0.75), mostlyBull.agreement(), 1e-12); // balance 0.5
        assertEquals(0.7, mostlyBull.meanBullishProbability(), 1e-12);
        assertEquals(4, mostlyBull.messages());

        GroupIndex allBear = GroupIndex.of("SPY", null, 0, 2, 0.2);
        assertEquals(Math.log(1.0 / 3), allBear.bullishness(), 1e-12);
        assertEquals(1.0, allBear.agreement(), 1e-12);

        GroupIndex split = GroupIndex.of("SPY", null, 2, 2, 2.0);
        assertEquals(0.0, split.bullishness(), 1e-12);
        assertEquals(0.0, split.agreement(), 1e-12);
    }

    @Test
    void timestampsParseInEveryAcceptedFormAndBadOnesAreRefused() {
        Instant t = Instant.parse("2017-03-01T14:30:00Z");
        assertEquals(t, TimeBucket.parseTimestamp("2017-03-01T14:30:00Z"));
        assertEquals(t, TimeBucket.parseTimestamp("2017-03-01T09:30:00-05:00"));
        assertEquals(t, TimeBucket.parseTimestamp("2017-03-01 14:30:00"));
        assertEquals(t, TimeBucket.parseTimestamp("1488378600"));
        assertEquals(t.plusMillis(500), TimeBucket.parseTimestamp("1488378600.5"));
        assertEquals(
                Instant.parse("2017-03-01T00:00:00Z"), TimeBucket.parseTimestamp("2017-03-01"));
        for (String bad :
                new String[] {"", " ", "yesterday", "2017-13-01", "2017-03-01T25:00", null}) {
            assertThrows(IllegalArgumentException.class, () -> TimeBucket.parseTimestamp(bad), bad);
        }
    }

    @Test
    void bucketsStartOnTheHourTheDayAndMonday() {
        Instant wednesday = Instant.parse("2017-03-01T14:30:00Z");
        assertEquals(Instant.parse("2017-03-01T14:00:00Z"), TimeBucket.HOUR.start(wednesday));
        assertEquals(Instant.parse("2017-03-01T00:00:00Z"), TimeBucket.DAY.start(wednesday));
        assertEquals(Instant.parse("2017-02-27T00:00:00Z"), TimeBucket.WEEK.start(wednesday));
        assertEquals(TimeBucket.WEEK, TimeBucket.parse(" Week "));
        assertThrows(IllegalArgumentException.class, () -> TimeBucket.parse("month"));
    }

    @Test
    void aMessageCountsForEveryTickerItNamesAndGroupsSortByTickerThenTime() {
        SentimentAggregator a = new SentimentAggregator(TimeBucket.DAY);
        a.add("$SPY and $QQQ up", true, 0.9, Instant.parse("2017-03-02T10:00:00Z"));
        a.add("$SPY down", false, 0.2, Instant.parse("2017-03-01T10:00:00Z"));
        a.add("$spy again", true, 0.7, Instant.parse("2017-03-01T23:59:59Z"));
        a.add("no ticker", true, 0.6, Instant.parse("2017-03-01T10:00:00Z"));
        List<GroupIndex> groups = a.groups();
        assertEquals(3, groups.size());
        assertEquals("QQQ", groups.get(0).ticker());
        assertEquals("SPY", groups.get(1).ticker());
        assertEquals(Instant.parse("2017-03-01T00:00:00Z"), groups.get(1).bucket());
        assertEquals(2, groups.get(1).messages());
        assertEquals(1, groups.get(1).bullish());
        assertEquals(0.45, groups.get(1).meanBullishProbability(), 1e-12);
        assertEquals(Instant.parse("2017-03-02T00:00:00Z"), groups.get(2).bucket());
        assertEquals(4, a.messages());
        assertEquals(1, a.untagged());

        SentimentAggregator byTicker = new SentimentAggregator(null);
        byTicker.add("$SPY", true, 0.9, null);
        assertNull(byTicker.groups().get(0).bucket());
        assertThrows(IllegalArgumentException.class, () -> a.add("$SPY", true, 0.5, null));
        assertThrows(IllegalArgumentException.class, () -> byTicker.add("$SPY", true, 1.5, null));
    }
}
