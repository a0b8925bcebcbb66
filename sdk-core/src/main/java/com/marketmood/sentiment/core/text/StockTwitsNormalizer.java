package com.marketmood.sentiment.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw StockTwits message into the tokens the model reads, by the rules of the public
 * TensorFlow tutorial "Introduction to LSTMs with TensorFlow" (garretthoffman/lstm-oreilly).
 *
 * <p>The rules, applied in this order:
 *
 * <ol>
 *   <li>Lower-case the whole message ({@link Locale#ROOT}).
 *   <li>A {@code $} followed by letters, a ticker such as {@code $spy}, becomes {@value #TICKER}.
 *   <li>An {@code @} followed by word characters, a user, becomes {@value #USER}.
 *   <li>{@code http://} or {@code https://} and everything up to the next white space becomes
 *       {@value #LINK}.
 *   <li>A price becomes {@value #PRICE}: {@code $} then a number ({@code $42}, {@code $.5}, {@code
 *       $4.20}) or a number then {@code $} ({@code 42$}). A number is optional digits, an optional
 *       dot, then digits; {@code $} then a number directly followed by a further digit or {@code %}
 *       is not a price.
 *   <li>Any remaining number of that shape becomes {@value #NUMBER}, unless directly followed by a
 *       digit, {@code %} or {@code k}.
 *   <li>Any remaining run of digits, with an optional leading {@code +} or {@code -}, becomes
 *       {@value #NUMBER} (so {@code 14%} and {@code 20k} keep a number token).
 *   <li>HTML entities ({@code &} followed by word characters) are removed, then every non-ASCII
 *       character, then every ASCII punctuation character except {@code <} and {@code >}.
 *   <li>The text is split on white space. The five placeholder tokens stay as they are (upper
 *       case); every other token loses its {@code <} and {@code >} characters. A token left empty
 *       by that is dropped (the tutorial joined it back as a double space, which holds no token).
 * </ol>
 *
 * <p>Word characters and digits are Unicode-aware, as in the tutorial's Python. The rules agree
 * token for token with the tutorial's output on all 96,967 messages of the StockTwits $SPY 2017
 * data set (pinned by {@code StockTwitsNormalizerTest}).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class StockTwitsNormalizer {

    /** Placeholder for a ticker such as {@code $SPY}. */
    public static final String TICKER = "<TICKER>";

    /** Placeholder for a user mention such as {@code @trader}. */
    public static final String USER = "<USER>";

    /** Placeholder for a link. */
    public static final String LINK = "<LINK>";

    /** Placeholder for a price such as {@code $42.50} or {@code 42$}. */
    public static final String PRICE = "<PRICE>";

    /** Placeholder for any other number. */
    public static final String NUMBER = "<NUMBER>";

    private static final Set<String> PLACEHOLDERS = Set.of(TICKER, USER, LINK, PRICE, NUMBER);

    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern TICKER_RE = Pattern.compile("\\$[a-z]+", FLAGS);
    private static final Pattern USER_RE = Pattern.compile("@\\w+", FLAGS);
    private static final Pattern LINK_RE = Pattern.compile("https?://\\S+", FLAGS);
    // The price and number rules read as \d*\.?\d+ followed by a look-ahead, the tutorial's
    // patterns. Written that way, a backtracking engine takes cubic time on a long run of digits
    // that fails the look-ahead (a thousand digits then '%' took seconds). These patterns find the
    // same matches in linear time: digit runs are taken whole (possessive), each alternative is
    // one way the tutorial's pattern can end, in the order it tries them, and a match never
    // starts inside a run of digits (where the tutorial's pattern only fails again).
    // Package-private
    // so that a test can compare them with the tutorial's patterns.
    static final Pattern PRICE_RE =
            Pattern.compile(
                    "\\$(?:\\d++\\.\\d++|\\d++|\\.\\d++)(?![\\d%])"
                            + "|(?<!\\d)(?:\\d++\\.\\d++|\\d++)\\$|\\.\\d++\\$",
                    FLAGS);
    static final Pattern NUMBER_RE =
            Pattern.compile(
                    "(?<!\\d)(?:\\d++\\.\\d++|\\d++)(?![\\d%k])|\\.\\d++(?![\\d%k])", FLAGS);
    private static final Pattern DIGITS_RE = Pattern.compile("[+-]?\\d+", FLAGS);
    private static final Pattern ENTITY_RE = Pattern.compile("&\\w+", FLAGS);
    private static final Pattern NON_ASCII_RE = Pattern.compile("[^\\x00-\\x7F]+");
    private static final Pattern PUNCTUATION_RE =
            Pattern.compile("[!\"#$%&'()*+,\\-./:;=?@\\[\\\\\\]^_`{|}~]+");
    // Python's str.split() also splits on the ASCII information separators 0x1C to 0x1F.
    private static final Pattern WHITE_SPACE_RE = Pattern.compile("[\\s\\x1C-\\x1F]+");

    private static final StockTwitsNormalizer INSTANCE = new StockTwitsNormalizer();

    private StockTwitsNormalizer() {}

    /**
     * Returns the normaliser.
     *
     * @return the shared instance
     */
    public static StockTwitsNormalizer getInstance() {
        return INSTANCE;
    }

    /**
     * Normalises a message into tokens.
     *
     * @param message the raw message; {@code null} is treated as empty
     * @return the tokens, possibly none; never {@code null}
     */
    public List<String> tokenize(String message) {
        if (message == null || message.isEmpty()) {
            return List.of();
        }
        String text = message.toLowerCase(Locale.ROOT);
        text = replace(TICKER_RE, text, ' ' + TICKER + ' ');
        text = replace(USER_RE, text, ' ' + USER + ' ');
        text = replace(LINK_RE, text, ' ' + LINK + ' ');
        text = replace(PRICE_RE, text, ' ' + PRICE + ' ');
        text = replace(NUMBER_RE, text, ' ' + NUMBER + ' ');
        text = replace(DIGITS_RE, text, ' ' + NUMBER + ' ');
        text = replace(ENTITY_RE, text, "");
        text = replace(NON_ASCII_RE, text, "");
        text = replace(PUNCTUATION_RE, text, "");

        List<String> tokens = new ArrayList<>();
        for (String token : WHITE_SPACE_RE.split(text)) {
            if (!PLACEHOLDERS.contains(token)) {
                token = token.replace("<", "").replace(">", "");
            }
            if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        return tokens;
    }

    /**
     * Normalises a message into its tokens joined by single spaces, the form of the tutorial's
     * output.
     *
     * @param message the raw message; {@code null} is treated as empty
     * @return the normalised text, empty when no token is left
     */
    public String normalize(String message) {
        return String.join(" ", tokenize(message));
    }

    private static String replace(Pattern pattern, String text, String replacement) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.replaceAll(Matcher.quoteReplacement(replacement)) : text;
    }
}
