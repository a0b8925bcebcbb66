package com.marketmood.sentiment.core.aggregate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A width of time bucket, in UTC; weeks start on Monday (ISO-8601). */
public enum TimeBucket {
    HOUR,
    DAY,
    WEEK;

    /**
     * Parses a bucket name.
     *
     * @param name {@code hour}, {@code day} or {@code week}, in any case
     * @return the bucket
     * @throws IllegalArgumentException if the name is none of these
     */
    public static TimeBucket parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "Unknown time bucket '" + name + "': use hour, day or week", e);
        }
    }

    /**
     * Returns the start of the bucket holding an instant.
     *
     * @param t the instant
     * @return the bucket's first instant, UTC
     */
    public Instant start(Instant t) {
        ZonedDateTime z = t.atZone(ZoneOffset.UTC);
        switch (this) {
            case HOUR:
                return z.truncatedTo(ChronoUnit.HOURS).toInstant();
            case DAY:
                return z.truncatedTo(ChronoUnit.DAYS).toInstant();
            default:
                return z.truncatedTo(ChronoUnit.DAYS)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .toInstant();
        }
    }

    /**
     * Reads a timestamp: epoch seconds (digits, optionally with a fraction), an ISO-8601 instant or
     * date-time with offset ({@code 2017-03-01T14:30:00Z}, {@code 2017-03-01T09:30:00-05:00}), a
     * local date-time read as UTC ({@code 2017-03-01T14:30:00} or with a space) or a date ({@code
     * 2017-03-01}, midnight UTC).
     *
     * @param value the text
     * @return the instant
     * @throws IllegalArgumentException if the text is none of these
     */
    public static Instant parseTimestamp(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        String v = value.strip();
        try {
            if (v.matches("-?\\d{1,12}(\\.\\d+)?")) {
                double seconds = Double.parseDouble(v);
                long whole = (long) Math.floor(seconds);
                long nanos = Math.round((seconds - whole) * 1e9);
                return Instant.ofEpochSecond(whole, nanos);
            }
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            String iso = v.replace(' ', 'T');
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("unreadable timestamp '" + value + "'", e);
        }
    }
}
