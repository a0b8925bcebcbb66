package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.CorruptModelException;
import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.ModelNotFoundException;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.testing.TinyModel;
import com.marketmood.sentiment.zoo.SentimentZoo;
import com.marketmood.sentiment.zoo.ZooPublisher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZooRobustnessTest {

    @TempDir Path tmp;

    private Path zoo() {
        return tmp.resolve("zoo");
    }

    private Path metadata() {
        return SentimentZoo.artifactDir(zoo(), "tiny").resolve("metadata.json");
    }

    private void publish(Path modelDir, String version) throws IOException {
        ZooPublisher.publish(modelDir, zoo(), "tiny", version, "tiny test model", Map.of());
    }

    private SentimentModel load(String version) throws ModelException {
        SentimentModel.Builder builder =
                SentimentModel.builder().optZoo(zoo()).optModelName("tiny");
        return (version == null ? builder : builder.optVersion(version)).load();
    }

    private void assertLoads(String version) throws ModelException {
        try (SentimentModel m = load(version)) {
            assertEquals(version, m.info().version());
            m.predict("calls");
        }
    }

    private static void assertNames(Exception e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
        }
    }

    /** Rewrites a piece of the metadata, as someone who edits or forges it would. */
    private void editMetadata(String from, String to) throws IOException {
        String json = Files.readString(metadata(), StandardCharsets.UTF_8);
        assertTrue(json.contains(from), from);
        Files.writeString(metadata(), json.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void metadataWithAFileOutsideTheZooIsRefusedNamingTheFile() throws Exception {
        publish(TinyModel.dir(), "0.1.0");
        // A working copy of the parameters outside the zoo: read, it would load without error.
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.copy(
                TinyModel.dir().resolve(SentimentArtifact.PARAMS_FILE),
                outside.resolve(SentimentArtifact.PARAMS_FILE));
        // The uri is relative to the artifact's folder, eight levels below tmp.
        String uri = "../".repeat(8) + "outside/" + SentimentArtifact.PARAMS_FILE;
        editMetadata("\"0.1.0/" + SentimentArtifact.PARAMS_FILE + "\"", "\"" + uri + "\"");

        ModelException e = assertThrows(ModelException.class, () -> load("0.1.0"));

        assertTrue(e instanceof CorruptModelException, e.toString());
        assertNames(e, metadata().toString(), uri, "outside");
    }

    @Test
    void metadataWithAnAbsoluteFileOrAnEscapingNameOrVersionIsRefused() throws Exception {
        publish(TinyModel.dir(), "0.1.0");
        String params = SentimentArtifact.PARAMS_FILE;
        String json = Files.readString(metadata(), StandardCharsets.UTF_8);
        List<String[]> forgeries =
                List.of(
                        new String[] {"\"0.1.0/" + params + "\"", "\"file:///etc/passwd\""},
                        new String[] {"\"0.1.0/" + params + "\"", "\"/etc/passwd\""},
                        new String[] {"\"name\": \"" + params + "\"", "\"name\": \"../../x\""},
                        new String[] {"\"0.1.0/" + params + "\"", "\"0.1.0/%2e%2e/x\""},
                        new String[] {"\"version\": \"0.1.0\",\n", "\"version\": \"../..\",\n"});
        for (String[] forgery : forgeries) {
            Files.writeString(metadata(), json, StandardCharsets.UTF_8);
            editMetadata(forgery[0], forgery[1]);
            ModelException e = assertThrows(ModelException.class, () -> load(null), forgery[1]);
            assertTrue(e instanceof CorruptModelException, e.toString());
            assertNames(e, metadata().toString());
        }
    }

    @Test
    void anEmptyZooHasNoModel() throws Exception {
        Files.createDirectories(zoo());
        ModelNotFoundException e = assertThrows(ModelNotFoundException.class, () -> load(null));
        assertNames(e, "tiny", zoo().toString());

        Path missing = tmp.resolve("no-zoo-here");
        assertThrows(
                ModelNotFoundException.class,
                () -> SentimentModel.builder().optZoo(missing).optModelName("tiny").load());
    }

    @Test
    void anEmptyMetadataFileIsACorruptZooNamingIt() throws Exception {
        Files.createDirectories(metadata().getParent());
        Files.writeString(metadata(), "");
        ModelException e = assertThrows(ModelException.class, () -> load(null));
        assertTrue(e instanceof CorruptModelException, e.toString());
        assertNames(e, metadata().toString());
    }

    @Test
    void aPublishThatFailsHalfWayLeavesEarlierVersionsAndNoTraceOfItself() throws Exception {
        publish(TinyModel.dir(), "0.1.0");
        // Files are copied in name order: this one, last, cannot be read (even by root).
        Path broken = TinyModel.copyTo(tmp.resolve("broken"));
        Files.createSymbolicLink(broken.resolve("zz-unreadable"), Path.of("/proc/self/mem"));
        String before = Files.readString(metadata());

        assertThrows(IOException.class, () -> publish(broken, "0.2.0"));

        assertEquals(List.of("0.1.0"), ZooPublisher.versions(zoo(), "tiny"));
        assertEquals(before, Files.readString(metadata()));
        assertEquals(List.of("0.1.0", "metadata.json"), entries());
        assertLoads("0.1.0");
        assertThrows(ModelNotFoundException.class, () -> load("0.2.0"));

        publish(TinyModel.dir(), "0.2.0");
        assertLoads("0.2.0");
    }

    @Test
    void whatACrashLeavesIsNeitherListedNorLoadedAndIsReplacedByTheNextPublish() throws Exception {
        publish(TinyModel.dir(), "0.1.0");
        Path artifact = SentimentZoo.artifactDir(zoo(), "tiny");
        // A crash while copying leaves a staging folder; one before the metadata was rewritten
        // leaves a complete but unlisted version folder.
        TinyModel.copyTo(artifact.resolve(".staging-0.2.0-123"));
        Files.delete(artifact.resolve(".staging-0.2.0-123").resolve(SentimentArtifact.WORDS_FILE));
        TinyModel.copyTo(artifact.resolve("0.3.0"));

        assertEquals(List.of("0.1.0"), ZooPublisher.versions(zoo(), "tiny"));
        try (SentimentModel m = load(null)) {
            assertEquals("0.1.0", m.info().version());
        }
        assertThrows(ModelNotFoundException.class, () -> load("0.2.0"));
        assertThrows(ModelNotFoundException.class, () -> load("0.3.0"));

        publish(TinyModel.dir(), "0.3.0");
        assertLoads("0.3.0");
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> s = Files.list(SentimentZoo.artifactDir(zoo(), "tiny"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.stream().anyMatch(n -> n.startsWith(".staging")), names::toString);
            return names;
        }
    }

    @Test
    void aUsersOwnModelUnderThePretrainedVersionIsNeverReplaced() throws Exception {
        ZooPublisher.publish(
                TinyModel.dir(),
                zoo(),
                SentimentZoo.PRETRAINED,
                SentimentZoo.PRETRAINED_VERSION,
                "my own retrained model",
                Map.of());
        Path mine =
                SentimentZoo.artifactDir(zoo(), SentimentZoo.PRETRAINED)
                        .resolve(SentimentZoo.PRETRAINED_VERSION)
                        .resolve(SentimentArtifact.PARAMS_FILE);
        byte[] before = Files.readAllBytes(mine);

        // Loading the pretrained model from this zoo must not overwrite the user's files.
        try (SentimentModel m = SentimentModel.builder().optZoo(zoo()).load()) {
            assertEquals(SentimentZoo.PRETRAINED_VERSION, m.info().version());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(mine)));
        assertEquals(
                List.of(SentimentZoo.PRETRAINED_VERSION),
                ZooPublisher.versions(zoo(), SentimentZoo.PRETRAINED));
    }
}
