package com.marketmood.sentiment.core.inference;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.CorruptModelException;
import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.ModelNotFoundException;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.model.ModelFiles;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.core.testing.TinyModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactIntegrityTest {

    @TempDir Path tmp;

    private static ModelException loadFails(Path dir) {
        return assertThrows(
                ModelException.class,
                () ->
                        SentimentModel.builder()
                                .optModelPath(dir)
                                .optEngine("pytorch")
                                .load()
                                .close());
    }

    private static void assertNames(ModelException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
        }
    }

    @Test
    void aFlippedByteInTheParametersIsACorruptModel() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Path params = dir.resolve(SentimentArtifact.PARAMS_FILE);
        byte[] bytes = Files.readAllBytes(params);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(params, bytes);
        ModelException e = loadFails(dir);
        assertTrue(e instanceof CorruptModelException, e.toString());
        assertNames(e, SentimentArtifact.PARAMS_FILE, "checksum mismatch");
    }

    @Test
    void truncatedParametersAreACorruptModel() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Path params = dir.resolve(SentimentArtifact.PARAMS_FILE);
        byte[] bytes = Files.readAllBytes(params);
        Files.write(params, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertNames(loadFails(dir), SentimentArtifact.PARAMS_FILE, "checksum mismatch");
    }

    @Test
    void aMissingVocabularyIsNamed() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Files.delete(dir.resolve(SentimentArtifact.WORDS_FILE));
        ModelException e = loadFails(dir);
        assertTrue(e instanceof CorruptModelException, e.toString());
        assertNames(e, SentimentArtifact.WORDS_FILE, "missing");
    }

    @Test
    void aVocabularyThatDoesNotFitTheParametersIsRefusedEvenWithFreshChecksums() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Files.writeString(
                dir.resolve(SentimentArtifact.WORDS_FILE),
                "<pad>\n<unk>\ncalls\n",
                StandardCharsets.UTF_8);
        ModelFiles.writeChecksums(dir, ModelFiles.modelFileNames(ModelFiles.readConfig(dir)));
        assertNames(loadFails(dir), SentimentArtifact.WORDS_FILE, "does not belong");
    }

    @Test
    void aConfigurationFromAFutureFormatIsRefused() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Path config = dir.resolve(SentimentArtifact.CONFIG_FILE);
        String json =
                Files.readString(config).replace("\"formatVersion\": 1", "\"formatVersion\": 99");
        Files.writeString(config, json);
        ModelFiles.writeChecksums(
                dir,
                List.of(
                        SentimentArtifact.CONFIG_FILE,
                        SentimentArtifact.WORDS_FILE,
                        SentimentArtifact.BIGRAMS_FILE,
                        SentimentArtifact.PARAMS_FILE));
        assertNames(loadFails(dir), SentimentArtifact.CONFIG_FILE, "format version 99");
    }

    @Test
    void aMissingChecksumListIsRefused() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        Files.delete(dir.resolve(ModelFiles.CHECKSUMS_FILE));
        assertNames(loadFails(dir), ModelFiles.CHECKSUMS_FILE);
    }

    @Test
    void aMissingFolderIsNotFound() {
        ModelException e = loadFails(tmp.resolve("nothing-here"));
        assertTrue(e instanceof ModelNotFoundException, e.toString());
        assertNames(e, "nothing-here");
    }

    @Test
    void checksumsAreCheckedOnEveryLoadNotOnlyTheFirst() throws Exception {
        Path dir = TinyModel.copyTo(tmp.resolve("m"));
        SentimentModel.builder().optModelPath(dir).load().close();
        Files.writeString(
                dir.resolve(SentimentArtifact.BIGRAMS_FILE),
                "tampered\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertNames(loadFails(dir), SentimentArtifact.BIGRAMS_FILE, "checksum mismatch");
        assertTrue(List.of(dir.toFile().list()).contains(ModelFiles.CHECKSUMS_FILE));
    }
}
