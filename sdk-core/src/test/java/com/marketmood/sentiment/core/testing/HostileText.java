package com.marketmood.sentiment.core.testing;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Generators of the text an SDK meets on the internet: any UTF-16 (lone surrogates included),
 * control characters, bidirectional marks, emoji and joiners, white space only, and the raw forms
 * of the normaliser's placeholders ({@code $}, {@code @}, {@code http://}) alone.
 */
public final class HostileText {

    /** Fragments that each exercise a rule of the normaliser or a corner of Unicode. */
    private static final List<String> FRAGMENTS =
            List.of(
                    "\uD800", // lone high surrogate
                    "\uDFFF", // lone low surrogate
                    "\uDFFF\uD800", // surrogates in the wrong order
                    "\u0000",
                    "\u0007",
                    "\u001B[31m",
                    "\u001C",
                    "\u007F",
                    "\u0085",
                    "\u200E", // left-to-right mark
                    "\u200F", // right-to-left mark
                    "\u202E", // right-to-left override
                    "\u2066", // left-to-right isolate
                    "\u200B", // zero-width space
                    "\u200D", // zero-width joiner
                    "\uFEFF",
                    "\uFFFD",
                    "\uFFFF",
                    "🚀",
                    "👨‍👩‍👧‍👦",
                    "🏳️‍🌈",
                    "𝟙𝟚",
                    "٣٤",
                    "שלום",
                    "مرحبا",
                    "İı",
                    "ß",
                    " ",
                    "\t",
                    "\n",
                    "\r\n",
                    "\u00A0",
                    "\u3000",
                    "$",
                    "@",
                    "http://",
                    "https://",
                    "$SPY",
                    "@bob",
                    "$42.50",
                    "42$",
                    "14%",
                    "20k",
                    "-3",
                    "&amp;",
                    "<TICKER>",
                    "<>",
                    "calls",
                    "puts",
                    "buy the dip",
                    "!!!",
                    "...");

    private HostileText() {}

    /**
     * Returns arbitrary messages: mixtures of hostile fragments and arbitrary UTF-16 text, blank
     * strings, and strings made only of {@code $}, {@code @} and {@code http://}.
     *
     * @return the generator
     */
    public static Arbitrary<String> messages() {
        Arbitrary<String> anyChars = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> fragments =
                Arbitraries.oneOf(
                                Arbitraries.of(FRAGMENTS),
                                Arbitraries.strings().all().ofMaxLength(4))
                        .list()
                        .ofMaxSize(40)
                        .map(parts -> String.join("", parts));
        Arbitrary<String> blank =
                Arbitraries.strings()
                        .withChars(' ', '\t', '\n', '\r', '\u000B', '\f', '\u001C', '\u001F')
                        .ofMaxLength(20);
        Arbitrary<String> placeholdersOnly =
                Arbitraries.of("$", "@", "http://")
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(30)
                        .map(parts -> String.join("", parts));
        return Arbitraries.frequencyOf(
                Tuple.of(4, fragments),
                Tuple.of(3, anyChars),
                Tuple.of(1, blank),
                Tuple.of(1, placeholdersOnly),
                Tuple.of(1, Arbitraries.just("")));
    }

    /**
     * Returns a message of one mebibyte of UTF-16 code units made of every hostile fragment.
     *
     * @return the message
     */
    public static String megabyte() {
        String all = String.join("", FRAGMENTS);
        StringBuilder sb = new StringBuilder(1 << 20);
        while (sb.length() + all.length() <= 1 << 20) {
            sb.append(all);
        }
        while (sb.length() < 1 << 20) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * Describes a message for an assertion message: its length and code units in hex, since it may
     * hold characters a terminal cannot show.
     *
     * @param text the message
     * @return the description
     */
    public static String describe(String text) {
        StringBuilder sb = new StringBuilder().append(text.length()).append(" chars [");
        text.chars().limit(64).forEach(c -> sb.append(String.format(" %04x", c)));
        return sb.append(text.length() > 64 ? " ...]" : " ]").toString();
    }
}
