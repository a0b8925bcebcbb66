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
 * The pretrained model shipped inside this jar, under {@value #RESOURCE_DIR}, and its installation
 * into a zoo folder as version {@value SentimentZoo#PRETRAINED_VERSION} of {@value
 * SentimentZoo#PRETRAINED}.
 */
final class BuiltinModels {

    static final String RESOURCE_DIR = "/com/marketmood/sentiment/zoo/pretrained/";

    private static final String CHECKSUMS = "checksums.sha256";

    /** The {@code source} property that marks a version installed from this jar. */
    private static final String SOURCE = "pretrained";

    private static final Logger logger = LoggerFactory.getLogger(BuiltinModels.class);

    private BuiltinModels() {}

    /**
     * Installs the pretrained model unless the zoo already holds this jar's copy of it. A copy
     * whose checksum list differs from the jar's (damaged, or left by another build of the SDK) is
     * replaced; a version of the same number that the SDK did not install (a user's own, published
     * by the train command) is never replaced: that is an error, and the zoo keeps the user's.
     */
    static void install(Path zooDir) throws IOException {
        boolean listed =
                ZooPublisher.versions(zooDir, SentimentZoo.PRETRAINED)
                        .contains(SentimentZoo.PRETRAINED_VERSION);
        if (listed && isCurrent(zooDir)) {
            return;
        }
        if (listed
                && !SOURCE.equals(
                        ZooPublisher.properties(
                                        zooDir,
                                        SentimentZoo.PRETRAINED,
                                        SentimentZoo.PRETRAINED_VERSION)
                                .get("source"))) {
            // Someone published their own model under the pretrained model's version: keep it.
            throw new IOException(
                    "the zoo holds a "
                            + SentimentZoo.PRETRAINED
                            + " "
                            + SentimentZoo.PRETRAINED_VERSION
                            + " that the SDK did not install (published with train --publish?), so"
                            + " the SDK's pretrained model of that version cannot be installed and"
                            + " the zoo's own is loaded in its place. Publish yours under another"
                            + " version (and remove this one from "
                            + SentimentZoo.artifactDir(zooDir, SentimentZoo.PRETRAINED)
                            + "), or give the SDK another zoo folder");
        }
        if (listed) {
            logger.warn(
                    "The pretrained model {} {} in {} differs from the SDK's copy; reinstalling it",
                    SentimentZoo.PRETRAINED,
                    SentimentZoo.PRETRAINED_VERSION,
                    zooDir);
        }
        List<String> files = listing();
        if (files.isEmpty()) {
            throw new IOException("The pretrained model is missing from the zoo jar");
        }
        Path staging = Files.createTempDirectory("stocktwits-pretrained-");
        try {
            for (String name : files) {
                try (InputStream in =
                        BuiltinModels.class.getResourceAsStream(RESOURCE_DIR + name)) {
                    if (in == null) {
                        throw new IOException("The zoo jar lacks " + RESOURCE_DIR + name);
                    }
                    Files.copy(in, staging.resolve(name));
                }
            }
            ZooPublisher.publish(
                    staging,
                    zooDir,
                    SentimentZoo.PRETRAINED,
                    SentimentZoo.PRETRAINED_VERSION,
                    "StockTwits $SPY sentiment (pretrained)",
                    Map.of("source", SOURCE),
                    listed);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another process installed it meanwhile.
        } finally {
            ZooPublisher.deleteTree(staging);
        }
    }

    private static boolean isCurrent(Path zooDir) throws IOException {
        Path installed =
                SentimentZoo.artifactDir(zooDir, SentimentZoo.PRETRAINED)
                        .resolve(SentimentZoo.PRETRAINED_VERSION)
                        .resolve(CHECKSUMS);
        try (InputStream in = BuiltinModels.class.getResourceAsStream(RESOURCE_DIR + CHECKSUMS)) {
            if (in == null || !Files.isRegularFile(installed)) {
                return false;
            }
            return Arrays.equals(in.readAllBytes(), Files.readAllBytes(installed));
        }
    }

    /** The file names of the pretrained model, from the jar's {@code files.txt}. */
    static List<String> listing() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = BuiltinModels.class.getResourceAsStream(RESOURCE_DIR + "files.txt")) {
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
