package com.marketmood.sentiment.zoo;

import ai.djl.repository.Version;
import ai.djl.util.JsonUtils;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes a model folder into a local zoo as a new version of an artifact.
 *
 * <p>Atomic: the files are copied into a hidden staging folder, which is renamed to the version's
 * folder only when complete, and {@code metadata.json} is replaced by renaming a complete new copy.
 * A failure half-way leaves the earlier versions loadable and no half-written version listed.
 * Concurrent publishers to one zoo are serialised with a file lock.
 */
public final class ZooPublisher {

    private static final Pattern ARTIFACT_ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern VERSION =
            Pattern.compile("[0-9]+(\\.[0-9]+){0,2}([-.][A-Za-z0-9]+)*");

    private static final String FORGED =
            "; the metadata was edited or forged: remove that version and publish it again";

    private ZooPublisher() {}

    /**
     * Publishes a model folder.
     *
     * @param modelDir the model folder (its regular files are copied; sub-folders are not)
     * @param zooDir the zoo folder, created if needed
     * @param artifactId the artifact id, for example {@code stocktwits-spy}
     * @param version the new version, for example {@code 0.2.0}
     * @param name a human-readable name of the artifact
     * @param properties searchable properties of this version (preset, engine, metrics)
     * @return the version's folder in the zoo
     * @throws FileAlreadyExistsException if that version is already published
     * @throws IOException if a file cannot be read or written
     * @throws IllegalArgumentException if the artifact id or version is malformed
     */
    public static Path publish(
            Path modelDir,
            Path zooDir,
            String artifactId,
            String version,
            String name,
            Map<String, String> properties)
            throws IOException {
        return publish(modelDir, zooDir, artifactId, version, name, properties, false);
    }

    /**
     * Publishes a model folder, optionally replacing a version of the same number (used to refresh
     * the pretrained model when the installed copy differs from the one in the jar).
     */
    static Path publish(
            Path modelDir,
            Path zooDir,
            String artifactId,
            String version,
            String name,
            Map<String, String> properties,
            boolean replace)
            throws IOException {
        if (!ARTIFACT_ID.matcher(artifactId).matches()) {
            throw new IllegalArgumentException(
                    "Invalid artifact id '"
                            + artifactId
                            + "': use lower-case letters, digits, '-'");
        }
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException(
                    "Invalid version '" + version + "': use numbers such as 0.2.0");
        }
        Path artifactDir = SentimentZoo.artifactDir(zooDir, artifactId);
        Files.createDirectories(artifactDir);
        try (FileChannel channel =
                        FileChannel.open(
                                zooDir.resolve(".lock"),
                                StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            JsonObject metadata = readMetadata(artifactDir, artifactId, name);
            JsonArray artifacts = metadata.getAsJsonArray("artifacts");
            for (int i = 0; i < artifacts.size(); i++) {
                JsonElement a = artifacts.get(i);
                if (version.equals(a.getAsJsonObject().get("version").getAsString())) {
                    if (replace) {
                        artifacts.remove(i);
                        break;
                    }
                    throw new FileAlreadyExistsException(
                            artifactDir.resolve(version).toString(),
                            null,
                            "version " + version + " of " + artifactId + " is already published");
                }
            }

            Path target = artifactDir.resolve(version);
            Path old = Files.createTempDirectory(artifactDir, ".old-" + version + "-");
            if (Files.exists(target)) {
                // An unlisted folder left by an earlier crash, or the version being replaced.
                move(target, old.resolve("files"));
            }
            Path staging = Files.createTempDirectory(artifactDir, ".staging-" + version + "-");
            try {
                JsonObject files = new JsonObject();
                for (Path source : regularFiles(modelDir)) {
                    String fileName = source.getFileName().toString();
                    if (!insideFolder(target, version + "/" + fileName)) {
                        throw new IOException(
                                source + ": a zoo cannot list this file name; rename the file");
                    }
                    Path copy = staging.resolve(fileName);
                    Files.copy(source, copy);
                    JsonObject item = new JsonObject();
                    item.addProperty("uri", version + "/" + fileName);
                    item.addProperty("name", fileName);
                    item.addProperty("sha1Hash", sha1(copy));
                    item.addProperty("size", Files.size(copy));
                    files.add(fileName.replace('.', '_'), item);
                }
                move(staging, target);
                artifacts.add(artifactEntry(artifactId, version, properties, files));
                sortNewestFirst(artifacts);
                writeAtomically(
                        artifactDir.resolve("metadata.json"),
                        JsonUtils.GSON_PRETTY.toJson(metadata));
            } finally {
                deleteTree(staging);
                deleteTree(old);
            }
            return target;
        }
    }

    /**
     * Lists the versions of an artifact in a zoo, newest first.
     *
     * @param zooDir the zoo folder
     * @param artifactId the artifact
     * @return the versions, empty when the artifact is not there
     * @throws IOException if the metadata cannot be read or is malformed
     */
    public static List<String> versions(Path zooDir, String artifactId) throws IOException {
        Path artifactDir = SentimentZoo.artifactDir(zooDir, artifactId);
        if (!Files.isRegularFile(artifactDir.resolve("metadata.json"))) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonElement a :
                readMetadata(artifactDir, artifactId, artifactId).getAsJsonArray("artifacts")) {
            out.add(a.getAsJsonObject().get("version").getAsString());
        }
        return out;
    }

    /**
     * Returns the properties a zoo lists for one version of an artifact.
     *
     * @param zooDir the zoo folder
     * @param artifactId the artifact
     * @param version the version
     * @return the properties, empty when the version is not listed
     * @throws IOException if the metadata cannot be read or is malformed
     */
    public static Map<String, String> properties(Path zooDir, String artifactId, String version)
            throws IOException {
        Path artifactDir = SentimentZoo.artifactDir(zooDir, artifactId);
        if (!Files.isRegularFile(artifactDir.resolve("metadata.json"))) {
            return Map.of();
        }
        for (JsonElement a :
                readMetadata(artifactDir, artifactId, artifactId).getAsJsonArray("artifacts")) {
            try {
                JsonObject entry = a.getAsJsonObject();
                if (version.equals(entry.get("version").getAsString()) && entry.has("properties")) {
                    Map<String, String> out = new LinkedHashMap<>();
                    entry.getAsJsonObject("properties")
                            .entrySet()
                            .forEach(e -> out.put(e.getKey(), e.getValue().getAsString()));
                    return out;
                }
            } catch (IllegalStateException
                    | ClassCastException
                    | UnsupportedOperationException
                    | NullPointerException e) {
                throw new IOException(
                        artifactDir.resolve("metadata.json")
                                + ": malformed entry for version "
                                + version
                                + ": "
                                + e,
                        e);
            }
        }
        return Map.of();
    }

    private static JsonObject readMetadata(Path artifactDir, String artifactId, String name)
            throws IOException {
        Path file = artifactDir.resolve("metadata.json");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                JsonObject metadata = JsonUtils.GSON.fromJson(r, JsonObject.class);
                if (metadata == null || !metadata.has("artifacts")) {
                    throw new IOException(file + ": not a DJL metadata.json (no artifacts)");
                }
                checkPaths(file, metadata);
                return metadata;
            } catch (JsonParseException | IllegalStateException | ClassCastException e) {
                throw new IOException(file + ": not a DJL metadata.json: " + e.getMessage(), e);
            }
        }
        JsonObject metadata = new JsonObject();
        metadata.addProperty("metadataVersion", "0.2");
        metadata.addProperty("resourceType", "model");
        metadata.addProperty("application", SentimentZoo.APPLICATION.getPath());
        metadata.addProperty("groupId", SentimentZoo.GROUP_ID);
        metadata.addProperty("artifactId", artifactId);
        metadata.addProperty("name", name);
        metadata.addProperty(
                "description", "Bullish/bearish sentiment of StockTwits messages (LSTM on DJL)");
        metadata.add("artifacts", new JsonArray());
        return metadata;
    }

    /**
     * Refuses metadata whose versions or files would lead DJL outside the artifact's folder: DJL
     * copies every listed file into its cache, and a forged {@code ../} path would read, or with a
     * forged name write, any file the program may touch.
     */
    private static void checkPaths(Path file, JsonObject metadata) throws IOException {
        Path artifactDir = file.toAbsolutePath().getParent().normalize();
        for (JsonElement a : metadata.getAsJsonArray("artifacts")) {
            JsonObject entry = a.getAsJsonObject();
            String version = entry.has("version") ? entry.get("version").getAsString() : null;
            if (version == null || !VERSION.matcher(version).matches()) {
                throw new IOException(file + ": malformed version '" + version + "'" + FORGED);
            }
            JsonObject files = entry.has("files") ? entry.getAsJsonObject("files") : null;
            if (files == null) {
                continue;
            }
            Path versionDir = artifactDir.resolve(version);
            for (Map.Entry<String, JsonElement> f : files.entrySet()) {
                JsonObject item = f.getValue().getAsJsonObject();
                String uri = item.has("uri") ? item.get("uri").getAsString() : "";
                if (!insideFolder(versionDir, uri)) {
                    throw new IOException(
                            file
                                    + ": version "
                                    + version
                                    + " names a file outside its folder: "
                                    + uri
                                    + FORGED);
                }
                String name = item.has("name") ? item.get("name").getAsString() : "";
                if (!name.isEmpty() && !plainName(name)) {
                    throw new IOException(
                            file
                                    + ": version "
                                    + version
                                    + " names a file '"
                                    + name
                                    + "'"
                                    + FORGED);
                }
            }
        }
    }

    private static boolean plainName(String name) {
        return !name.equals(".")
                && !name.equals("..")
                && name.indexOf('/') < 0
                && name.indexOf('\\') < 0
                && name.indexOf('\0') < 0;
    }

    private static boolean insideFolder(Path dir, String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return false;
        }
        if (parsed.isAbsolute()
                || parsed.getRawAuthority() != null
                || parsed.getPath() == null
                || uri.indexOf('%') >= 0
                || uri.indexOf('\\') >= 0) {
            return false;
        }
        Path resolved = dir.getParent().resolve(parsed.getPath()).normalize();
        return resolved.startsWith(dir) && !resolved.equals(dir);
    }

    private static JsonObject artifactEntry(
            String artifactId, String version, Map<String, String> properties, JsonObject files) {
        JsonObject entry = new JsonObject();
        entry.addProperty("version", version);
        entry.addProperty("snapshot", false);
        entry.addProperty("name", SentimentZoo.MODEL_NAME);
        JsonObject props = new JsonObject();
        props.addProperty("version", version);
        properties.forEach(props::addProperty);
        entry.add("properties", props);
        JsonObject arguments = new JsonObject();
        arguments.addProperty("blockFactory", SentimentZoo.BLOCK_FACTORY);
        arguments.addProperty("translatorFactory", SentimentZoo.TRANSLATOR_FACTORY);
        entry.add("arguments", arguments);
        entry.add("files", files);
        return entry;
    }

    private static void sortNewestFirst(JsonArray artifacts) {
        List<JsonElement> list = new ArrayList<>();
        artifacts.forEach(list::add);
        list.sort(
                Comparator.comparing(
                                (JsonElement a) ->
                                        new Version(
                                                a.getAsJsonObject().get("version").getAsString()))
                        .reversed());
        while (artifacts.size() > 0) {
            artifacts.remove(0);
        }
        list.forEach(artifacts::add);
    }

    private static List<Path> regularFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new IOException(dir + ": no model files to publish");
            }
            return files;
        }
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".metadata-", ".json");
        try {
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            move(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(
                    from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in =
                new DigestInputStream(
                        Files.newInputStream(file), MessageDigest.getInstance("SHA-1"))) {
            DigestInputStream dis = (DigestInputStream) in;
            dis.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(dis.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }
}
