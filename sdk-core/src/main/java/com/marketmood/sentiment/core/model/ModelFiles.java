package com.marketmood.sentiment.core.model;

import ai.djl.MalformedModelException;
import ai.djl.util.JsonUtils;
import com.google.gson.JsonParseException;
import com.marketmood.sentiment.core.text.MessageEncoder;
import com.marketmood.sentiment.core.text.TokenVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and checks the files of a model folder.
 *
 * <p>Integrity: {@value #CHECKSUMS_FILE} lists the SHA-256 of every other file of the model; it is
 * written with the model and checked on every load, so a flipped byte, a truncated file or a
 * missing one is reported by name before any of it is used.
 */
public final class ModelFiles {

    /** The checksum list. */
    public static final String CHECKSUMS_FILE = "checksums.sha256";

    private ModelFiles() {}

    /**
     * Writes the checksum list of the given files of a folder.
     *
     * @param dir the model folder
     * @param files the file names to list
     * @throws IOException if a file cannot be read or the list written
     */
    public static void writeChecksums(Path dir, List<String> files) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String name : files) {
            sb.append(sha256(dir.resolve(name))).append("  ").append(name).append('\n');
        }
        Files.writeString(dir.resolve(CHECKSUMS_FILE), sb.toString(), StandardCharsets.UTF_8);
    }

    /**
     * Checks every file of a model folder against its checksum list.
     *
     * @param dir the model folder
     * @throws NoSuchFileException if the list or a listed file is missing
     * @throws MalformedModelException if a file's checksum differs or the list is malformed
     * @throws IOException if a file cannot be read
     */
    public static void verify(Path dir) throws IOException, MalformedModelException {
        Path list = dir.resolve(CHECKSUMS_FILE);
        if (!Files.isRegularFile(list)) {
            throw new NoSuchFileException(
                    list.toString(), null, "missing checksum list; the model folder is incomplete");
        }
        for (Map.Entry<String, String> e : readChecksums(list).entrySet()) {
            Path file = dir.resolve(e.getKey()).normalize();
            if (!file.startsWith(dir.normalize())) {
                throw new MalformedModelException(
                        list + ": names a file outside the model: " + e.getKey());
            }
            if (!Files.isRegularFile(file)) {
                throw new NoSuchFileException(file.toString(), null, "missing model file");
            }
            String actual = sha256(file);
            if (!actual.equals(e.getValue())) {
                throw new MalformedModelException(
                        file
                                + ": checksum mismatch (the file is corrupt or was changed): expected"
                                + " sha256 "
                                + e.getValue()
                                + ", found "
                                + actual);
            }
        }
    }

    private static Map<String, String> readChecksums(Path list)
            throws IOException, MalformedModelException {
        Map<String, String> out = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || parts[0].length() != 64) {
                throw new MalformedModelException(list + ":" + n + ": not 'sha256  file': " + line);
            }
            out.put(parts[1], parts[0]);
        }
        if (out.isEmpty()) {
            throw new MalformedModelException(list + ": lists no file");
        }
        return out;
    }

    /**
     * Returns the SHA-256 of a file as lower-case hex.
     *
     * @param file the file
     * @return the digest
     * @throws IOException if the file cannot be read
     */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Reads and validates a model configuration.
     *
     * @param dir the model folder
     * @return the configuration
     * @throws NoSuchFileException if the file is missing
     * @throws MalformedModelException if it is not a configuration, or of another format version
     * @throws IOException if it cannot be read
     */
    public static ModelConfig readConfig(Path dir) throws IOException, MalformedModelException {
        Path file = dir.resolve(SentimentArtifact.CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "missing model configuration");
        }
        ModelConfig config;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            config = JsonUtils.GSON.fromJson(r, ModelConfig.class);
        } catch (JsonParseException | IllegalArgumentException e) {
            throw new MalformedModelException(file + ": not a model configuration: " + e, e);
        }
        if (config == null || config.members() == null || config.members().isEmpty()) {
            throw new MalformedModelException(file + ": not a model configuration");
        }
        if (config.formatVersion() != ModelConfig.FORMAT_VERSION) {
            throw new MalformedModelException(
                    file
                            + ": format version "
                            + config.formatVersion()
                            + ", but this SDK reads version "
                            + ModelConfig.FORMAT_VERSION
                            + "; use the SDK release that wrote it, or retrain");
        }
        if (!ModelConfig.TUTORIAL_NORMALIZATION.equals(config.normalization())) {
            throw new MalformedModelException(
                    file + ": unknown normalisation '" + config.normalization() + "'");
        }
        if (!(config.temperature() > 0) || Double.isInfinite(config.temperature())) {
            throw new MalformedModelException(
                    file + ": temperature must be positive, got " + config.temperature());
        }
        return config;
    }

    /**
     * Writes a model configuration.
     *
     * @param dir the model folder
     * @param config the configuration
     * @throws IOException if the file cannot be written
     */
    public static void writeConfig(Path dir, ModelConfig config) throws IOException {
        try (Writer w =
                Files.newBufferedWriter(
                        dir.resolve(SentimentArtifact.CONFIG_FILE), StandardCharsets.UTF_8)) {
            JsonUtils.GSON_PRETTY.toJson(config, w);
        }
    }

    /**
     * Reads the vocabularies of a model and checks them against its configuration.
     *
     * @param dir the model folder
     * @param config the model's configuration
     * @return the encoder over the vocabularies
     * @throws NoSuchFileException if a vocabulary is missing
     * @throws MalformedModelException if a vocabulary is malformed or its size does not match
     * @throws IOException if a file cannot be read
     */
    public static MessageEncoder readEncoder(Path dir, ModelConfig config)
            throws IOException, MalformedModelException {
        TokenVocabulary words =
                readVocabulary(
                        dir.resolve(SentimentArtifact.WORDS_FILE), config.wordVocabularySize());
        TokenVocabulary bigrams =
                config.usesBigrams()
                        ? readVocabulary(
                                dir.resolve(SentimentArtifact.BIGRAMS_FILE),
                                config.bigramVocabularySize())
                        : null;
        return new MessageEncoder(words, bigrams, config.maxTokens());
    }

    private static TokenVocabulary readVocabulary(Path file, int expectedSize)
            throws IOException, MalformedModelException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "missing vocabulary");
        }
        TokenVocabulary v;
        try {
            v = TokenVocabulary.load(file);
        } catch (IllegalArgumentException e) {
            throw new MalformedModelException(e.getMessage(), e);
        }
        if (v.size() != expectedSize) {
            throw new MalformedModelException(
                    file
                            + ": "
                            + v.size()
                            + " tokens, but the model's configuration expects "
                            + expectedSize
                            + "; the vocabulary does not belong to these parameters");
        }
        return v;
    }

    /**
     * Lists the files of a model folder that its checksum list covers.
     *
     * @param config the model's configuration
     * @return the file names
     */
    public static List<String> modelFileNames(ModelConfig config) {
        List<String> names = new ArrayList<>();
        names.add(SentimentArtifact.CONFIG_FILE);
        names.add(SentimentArtifact.WORDS_FILE);
        if (config.usesBigrams()) {
            names.add(SentimentArtifact.BIGRAMS_FILE);
        }
        names.add(SentimentArtifact.PARAMS_FILE);
        return names;
    }
}
