package com.marketmood.sentiment.core.text;

import java.util.List;
import java.util.Map;

/**
 * Turns a raw message into the token ids the network reads: one word id per token and, when the
 * model uses them, one bigram id per token (the token with the one before it; the first token is
 * paired with a start marker).
 *
 * <p>A message that normalises to no token is encoded as a single {@link TokenVocabulary#UNKNOWN}
 * token, so every message gets a prediction. A message with more than {@code maxTokens} tokens
 * keeps its first {@code maxTokens} tokens.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class MessageEncoder {

    /** The marker paired with a message's first token to form its first bigram. */
    public static final String START = "<s>";

    private final StockTwitsNormalizer normalizer = StockTwitsNormalizer.getInstance();
    private final TokenVocabulary words;
    private final TokenVocabulary bigrams;
    private final int maxTokens;

    /**
     * Creates an encoder.
     *
     * @param words the word vocabulary
     * @param bigrams the bigram vocabulary, or {@code null} when the model reads words only
     * @param maxTokens the most tokens kept from a message
     */
    public MessageEncoder(TokenVocabulary words, TokenVocabulary bigrams, int maxTokens) {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive, got " + maxTokens);
        }
        this.words = words;
        this.bigrams = bigrams;
        this.maxTokens = maxTokens;
    }

    /**
     * Returns the bigram key of a token and the token before it, as counted into a bigram
     * vocabulary.
     *
     * @param previous the previous token, or {@code null} for the first token
     * @param token the token
     * @return the bigram key
     */
    public static String bigram(String previous, String token) {
        return (previous == null ? START : previous) + ' ' + token;
    }

    /**
     * Counts the bigrams of a tokenised message into a map.
     *
     * @param tokens the message's tokens
     * @param counts the counts to add to
     */
    public static void countBigrams(List<String> tokens, Map<String, Integer> counts) {
        String previous = null;
        for (String token : tokens) {
            counts.merge(bigram(previous, token), 1, Integer::sum);
            previous = token;
        }
    }

    /**
     * Counts the tokens of a tokenised message into a map.
     *
     * @param tokens the message's tokens
     * @param counts the counts to add to
     */
    public static void countWords(List<String> tokens, Map<String, Integer> counts) {
        for (String token : tokens) {
            counts.merge(token, 1, Integer::sum);
        }
    }

    /**
     * Normalises and encodes a raw message.
     *
     * @param message the raw message; {@code null} is treated as empty
     * @return the ids, never empty
     */
    public Encoded encode(String message) {
        return encodeTokens(normalizer.tokenize(message));
    }

    /**
     * Returns the tokens of a raw message that the model reads: its normalised tokens, up to the
     * first {@link #maxTokens()}.
     *
     * @param message the raw message; {@code null} is treated as empty
     * @return the tokens, possibly empty
     */
    public List<String> tokensRead(String message) {
        List<String> tokens = normalizer.tokenize(message);
        return tokens.size() > maxTokens ? List.copyOf(tokens.subList(0, maxTokens)) : tokens;
    }

    /**
     * Encodes an already tokenised message.
     *
     * @param tokens the message's tokens
     * @return the ids, never empty
     */
    public Encoded encodeTokens(List<String> tokens) {
        int n = Math.min(tokens.size(), maxTokens);
        if (n == 0) {
            int[] unknown = {TokenVocabulary.UNKNOWN_ID};
            return new Encoded(unknown, bigrams == null ? null : unknown.clone());
        }
        int[] wordIds = new int[n];
        int[] bigramIds = bigrams == null ? null : new int[n];
        String previous = null;
        for (int i = 0; i < n; i++) {
            String token = tokens.get(i);
            wordIds[i] = words.id(token);
            if (bigramIds != null) {
                bigramIds[i] = bigrams.id(bigram(previous, token));
            }
            previous = token;
        }
        return new Encoded(wordIds, bigramIds);
    }

    /**
     * Returns the word vocabulary.
     *
     * @return the word vocabulary
     */
    public TokenVocabulary words() {
        return words;
    }

    /**
     * Returns the bigram vocabulary.
     *
     * @return the bigram vocabulary, or {@code null} when the model reads words only
     */
    public TokenVocabulary bigrams() {
        return bigrams;
    }

    /**
     * Returns the most tokens kept from a message.
     *
     * @return the token limit
     */
    public int maxTokens() {
        return maxTokens;
    }

    /**
     * The ids of one message.
     *
     * @param words one word id per token
     * @param bigrams one bigram id per token, or {@code null} when the model reads words only
     */
    public record Encoded(int[] words, int[] bigrams) {

        /**
         * Returns the number of tokens.
         *
         * @return the length, at least 1
         */
        public int length() {
            return words.length;
        }

        /**
         * Returns the same ids with the tokens in reverse order, for a member that reads messages
         * backwards. Each bigram id stays with its token.
         *
         * @return the reversed ids
         */
        public Encoded reversed() {
            return new Encoded(reverse(words), bigrams == null ? null : reverse(bigrams));
        }

        private static int[] reverse(int[] ids) {
            int[] out = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                out[i] = ids[ids.length - 1 - i];
            }
            return out;
        }
    }
}
