package com.marketmood.sentiment.core.aggregate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the cashtags a raw message names: {@code $} then 1 to 6 letters, optionally a dot and 1 or
 * 2 letters for share classes ({@code $BRK.B}), not preceded by a letter or digit and not followed
 * by one. Prices ({@code $42.50}) are not cashtags. Tickers are upper-cased; a message naming one
 * twice counts once.
 */
public final class Cashtags {

    private static final Pattern CASHTAG =
            Pattern.compile(
                    "(?<![A-Za-z0-9$])\\$([A-Za-z]{1,6}(?:\\.[A-Za-z]{1,2})?)(?![A-Za-z0-9])");

    private Cashtags() {}

    /**
     * Returns the distinct tickers of a message, in order of first mention.
     *
     * @param text the raw message; {@code null} names none
     * @return the tickers, upper case, without the {@code $}
     */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        Matcher m = CASHTAG.matcher(text);
        while (m.find()) {
            out.add(m.group(1).toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
