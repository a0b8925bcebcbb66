package com.marketmood.sentiment.core.training;

import ai.djl.util.Utils;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.marketmood.sentiment.core.evaluation.EpochRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The members a training run has finished, kept on disk so that an interrupted run can resume.
 *
 * <p>The folder holds {@code run.txt}, the fingerprint of the run's settings and data, and for each
 * finished member {@code member-N.params} (its best epoch's parameters) and {@code member-N.json}
 * (its best epoch and history). Each file is written under a temporary name and renamed, and the
 * JSON last, so a member counts as finished only when both of its files are complete.
 */
final class MemberCheckpoints {

    private static final String RUN = "run.txt";
    // A validation AUC is NaN when validation holds one class only; keep it as it is.
    private static final Gson GSON =
            new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private final Path dir;

    private MemberCheckpoints(Path dir) {
        this.dir = dir;
    }

    /**
     * Opens the folder for a run.
     *
     * @param dir the folder
     * @param fingerprint what decides the run's outcome
     * @param resume whether to keep members finished by an earlier run with the same fingerprint;
     *     without it the folder is emptied
     * @return the checkpoints
     * @throws IOException if the folder cannot be used, or a run to resume had another fingerprint
     */
    static MemberCheckpoints open(Path dir, String fingerprint, boolean resume) throws IOException {
        Path run = dir.resolve(RUN);
        if (resume && Files.isRegularFile(run)) {
            String earlier = Files.readString(run, StandardCharsets.UTF_8);
            if (!earlier.equals(fingerprint)) {
                throw new IOException(
                        "Cannot resume: the run checkpointed in "
                                + dir
                                + " used other settings or data. Start afresh without resuming,"
                                + " or use another output folder");
            }
            return new MemberCheckpoints(dir);
        }
        Utils.deleteQuietly(dir);
        Files.createDirectories(dir);
        writeAtomically(run, fingerprint.getBytes(StandardCharsets.UTF_8));
        return new MemberCheckpoints(dir);
    }

    Path dir() {
        return dir;
    }

    /**
     * Returns a finished member, or {@code null} when this member is not finished.
     *
     * @throws IOException if its files are unreadable or malformed
     */
    Finished read(int member) throws IOException {
        Path json = dir.resolve("member-" + member + ".json");
        Path params = dir.resolve("member-" + member + ".params");
        if (!Files.isRegularFile(json) || !Files.isRegularFile(params)) {
            return null;
        }
        try {
            Summary summary =
                    GSON.fromJson(Files.readString(json, StandardCharsets.UTF_8), Summary.class);
            if (summary == null || summary.history() == null) {
                throw new IOException(json + " is empty");
            }
            return new Finished(
                    summary.bestEpoch(),
                    Files.readAllBytes(params),
                    List.copyOf(summary.history()));
        } catch (JsonParseException e) {
            throw new IOException(json + " is malformed: " + e.getMessage(), e);
        }
    }

    /** Records a finished member. */
    void write(int member, int bestEpoch, byte[] parameters, List<EpochRecord> history)
            throws IOException {
        writeAtomically(dir.resolve("member-" + member + ".params"), parameters);
        String json = GSON.toJson(new Summary(bestEpoch, history));
        writeAtomically(
                dir.resolve("member-" + member + ".json"), json.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeAtomically(Path file, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
        try {
            Files.write(tmp, content);
            try {
                Files.move(
                        tmp,
                        file,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A finished member: its best epoch, that epoch's parameters and its history. */
    record Finished(int bestEpoch, byte[] parameters, List<EpochRecord> history) {}

    /** The JSON form of a finished member, without its parameters. */
    private record Summary(int bestEpoch, List<EpochRecord> history) {}
}
