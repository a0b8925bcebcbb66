package com.marketmood.sentiment.zoo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pretrained model shipped inside this jar, under {@value #RESOURCE_DIR}, and its installation
 * into a zoo folder as version {@value SentimentZoo#PRETRAINED_VERSION} of {@value
 * SentimentZoo#PRETRAINED}.
 */
final class BuiltinModels {

    static final String RESOURCE_DIR = "/com/marketmood/sentiment/zoo/pretrained/";

    private BuiltinModels() {}

    /** Installs the pretrained model unless the zoo already lists its version. */
    static void install(Path zooDir) throws IOException {
        if (ZooPublisher.versions(zooDir, SentimentZoo.PRETRAINED)
                .contains(SentimentZoo.PRETRAINED_VERSION)) {
            return;
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
                    Map.of("source", "pretrained"));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // Another process installed it meanwhile.
        } finally {
            ZooPublisher.deleteTree(staging);
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
