package com.marketmood.sentiment.zoo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pretrained models shipped inside this jar, each under {@code
 * /com/marketmood/sentiment/zoo/<folder>/} ({@link SentimentZoo#BUILTIN}), and their installation
 * into a zoo folder as version {@value SentimentZoo#PRETRAINED_VERSION}.
 */
final class BuiltinModels {

    private static final String RESOURCES = "/com/marketmood/sentiment/zoo/";
    private static final String CHECKSUMS = "checksums.sha256";

    /** The {@code source} property that marks a version installed from this jar. */
    private static final String SOURCE = "pretrained";

    private static final Logger logger = LoggerFactory.getLogger(BuiltinModels.class);

    private BuiltinModels() {}

    /**
     * Installs every built-in model that the zoo does not hold yet, and reports the first failure
     * after trying them all.
     */
    static void install(Path zooDir) throws IOException {
        IOException first = null;
        for (Map.Entry<String, String> builtin : SentimentZoo.BUILTIN.entrySet()) {
            try {
                install(zooDir, builtin.getKey(), RESOURCES + builtin.getValue() + "/");
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Installs one built-in model unless the zoo already holds this jar's copy of it. A copy whose
     * checksum list differs from the jar's (damaged, or left by another build of the SDK) is
     * replaced; a version of the same number that the SDK did not install (a user's own, published
     * by the train command) is never replaced: that is an error, and the zoo keeps the user's.
     */
    private static void install(Path zooDir, String artifactId, String resourceDir)
            throws IOException {
        String version = SentimentZoo.PRETRAINED_VERSION;
        boolean listed = ZooPublisher.versions(zooDir, artifactId).contains(version);
        if (listed && isCurrent(zooDir, artifactId, resourceDir)) {
            return;
        }
        if (listed
                && !SOURCE.equals(
                        ZooPublisher.properties(zooDir, artifactId, version).get("source"))) {
            // Someone published their own model under the pretrained model's version: keep it.
            throw new IOException(
                    "the zoo holds a "
                            + artifactId
                            + " "
                            + version
                            + " that the SDK did not install (published with train --publish?), so"
                            + " the SDK's pretrained model of that version cannot be installed and"
                            + " the zoo's own is loaded in its place. Publish yours under another"
                            + " version (and remove this one from "
                            + SentimentZoo.artifactDir(zooDir, artifactId)
                            + "), or give the SDK another zoo folder");
        }
        if (listed) {
            logger.warn(
                    "The pretrained model {} {} in {} differs from the SDK's copy; reinstalling it",
                    artifactId,
                    version,
                    zooDir);
        }
        List<String> files = listing(resourceDir);
        if (files.isEmpty()) {
            throw new IOException(
                    "The pretrained model " + artifactId + " is missing from the jar");
        }
        Path staging = Files.createTempDirectory("stocktwits-pretrained-");
        try {
            for (String name : files) {
                try (InputStream in = BuiltinModels.class.getResourceAsStream(resourceDir + name)) {
                    if (in == null) {
                        throw new IOException("The zoo jar lacks " + resourceDir + name);
                    }
                    Files.copy(in, staging.resolve(name));
                }
            }
            ZooPublisher.publish(
                    staging,
                    zooDir,
                    artifactId,
                    version,
                    "StockTwits $SPY sentiment (pretrained)",
                    Map.of("source", SOURCE),
                    listed);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another process installed it meanwhile.
        } finally {
            ZooPublisher.deleteTree(staging);
        }
    }

    private static boolean isCurrent(Path zooDir, String artifactId, String resourceDir)
            throws IOException {
        Path installed =
                SentimentZoo.artifactDir(zooDir, artifactId)
                        .resolve(SentimentZoo.PRETRAINED_VERSION)
                        .resolve(CHECKSUMS);
        try (InputStream in = BuiltinModels.class.getResourceAsStream(resourceDir + CHECKSUMS)) {
            if (in == null || !Files.isRegularFile(installed)) {
                return false;
            }
            return Arrays.equals(in.readAllBytes(), Files.readAllBytes(installed));
        }
    }

    /** The file names of a built-in model, from its {@code files.txt}. */
    private static List<String> listing(String resourceDir) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = BuiltinModels.class.getResourceAsStream(resourceDir + "files.txt")) {
            if (in == null) {
                return out;
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        }
        return out;
    }
}
