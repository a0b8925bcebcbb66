package com.marketmood.sentiment.core.text;

import ai.djl.modality.nlp.Vocabulary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A frozen vocabulary with reserved ids: {@value #PAD_ID} for padding and {@value #UNKNOWN_ID} for
 * any token it does not hold.
 *
 * <p>Tokens are ordered by descending frequency, ties broken alphabetically, so the same training
 * texts always give the same ids. DJL's {@code DefaultVocabulary} keeps its reserved tokens in a
 * hash set, which leaves their ids to hashing; the model needs padding at a known id.
 *
 * <p>Saved as UTF-8 text, one token a line, the line number being the id. Instances are immutable
 * and safe to share between threads.
 */
public final class TokenVocabulary implements Vocabulary {

    /** The padding token. */
    public static final String PAD = "<pad>";

    /** The token that stands for every word the vocabulary does not hold. */
    public static final String UNKNOWN = "<unk>";

    /** The id of {@link #PAD}. */
    public static final int PAD_ID = 0;

    /** The id of {@link #UNKNOWN}. */
    public static final int UNKNOWN_ID = 1;

    private final List<String> tokens;
    private final Map<String, Integer> ids;

    private TokenVocabulary(List<String> tokens) {
        if (tokens.size() < 2 || !PAD.equals(tokens.get(0)) || !UNKNOWN.equals(tokens.get(1))) {
            throw new IllegalArgumentException(
                    "A vocabulary must start with " + PAD + " and " + UNKNOWN);
        }
        this.tokens = List.copyOf(tokens);
        this.ids = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            if (ids.putIfAbsent(tokens.get(i), i) != null) {
                throw new IllegalArgumentException(
                        "Duplicate token in vocabulary: " + tokens.get(i));
            }
        }
    }

    /**
     * Builds a vocabulary from token counts.
     *
     * @param counts how often each token occurs in the training texts
     * @param minCount the fewest occurrences a token needs to be kept
     * @param maxSize the most ids, reserved ones included; 0 or less for no limit
     * @return the vocabulary
     */
    public static TokenVocabulary fromCounts(
            Map<String, Integer> counts, int minCount, int maxSize) {
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= minCount
                    && !PAD.equals(e.getKey())
                    && !UNKNOWN.equals(e.getKey())) {
                kept.add(e);
            }
        }
        kept.sort(
                Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()));
        int limit = maxSize > 0 ? Math.max(0, maxSize - 2) : Integer.MAX_VALUE;
        List<String> tokens = new ArrayList<>();
        tokens.add(PAD);
        tokens.add(UNKNOWN);
        for (Map.Entry<String, Integer> e : kept) {
            if (tokens.size() - 2 >= limit) {
                break;
            }
            tokens.add(e.getKey());
        }
        return new TokenVocabulary(tokens);
    }

    /**
     * Builds a vocabulary holding exactly the given tokens, after the two reserved ones.
     *
     * @param tokens the tokens, in id order, without the reserved ones
     * @return the vocabulary
     * @throws IllegalArgumentException if a token repeats or is a reserved one
     */
    public static TokenVocabulary of(List<String> tokens) {
        List<String> all = new ArrayList<>(tokens.size() + 2);
        all.add(PAD);
        all.add(UNKNOWN);
        all.addAll(tokens);
        return new TokenVocabulary(all);
    }

    /**
     * Reads a vocabulary written by {@link #save(Path)}.
     *
     * @param file the vocabulary file
     * @return the vocabulary
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file is not a vocabulary
     */
    public static TokenVocabulary load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            return new TokenVocabulary(lines);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the vocabulary, one token a line.
     *
     * @param file the file to write
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String token : tokens) {
                w.write(token);
                w.write('\n');
            }
        }
    }

    /**
     * Returns the id of a token.
     *
     * @param token the token
     * @return its id, or {@link #UNKNOWN_ID} when the vocabulary does not hold it
     */
    public int id(String token) {
        Integer id = ids.get(token);
        return id == null ? UNKNOWN_ID : id;
    }

    /**
     * Returns the tokens in id order, reserved ones included.
     *
     * @return an unmodifiable list
     */
    public List<String> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    /** {@inheritDoc} */
    @Override
    public String getToken(long index) {
        return index >= 0 && index < tokens.size() ? tokens.get((int) index) : UNKNOWN;
    }

    /** {@inheritDoc} */
    @Override
    public boolean contains(String token) {
        return ids.containsKey(token);
    }

    /** {@inheritDoc} */
    @Override
    public long getIndex(String token) {
        return id(token);
    }

    /** {@inheritDoc} */
    @Override
    public long size() {
        return tokens.size();
    }
}
