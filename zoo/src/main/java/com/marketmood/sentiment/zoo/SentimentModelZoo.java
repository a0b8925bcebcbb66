package com.marketmood.sentiment.zoo;

import ai.djl.repository.Repository;
import ai.djl.repository.zoo.ModelZoo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DJL {@link ModelZoo} of StockTwits sentiment models, group {@value SentimentZoo#GROUP_ID}:
 * every artifact of a local zoo folder, the pretrained one included.
 *
 * <p>DJL's {@code Criteria} finds it through {@link SentimentZooProvider}:
 *
 * <pre>{@code
 * Criteria.builder()
 *         .setTypes(String.class, Sentiment.class)
 *         .optApplication(Application.NLP.SENTIMENT_ANALYSIS)
 *         .optGroupId("com.marketmood.sentiment")
 *         .optArtifactId("stocktwits-spy")
 *         .optEngine("PyTorch")
 *         .build()
 *         .loadModel();
 * }</pre>
 *
 * <p>The block and translator factories the artifacts name are in {@code sdk-core}, which must be
 * on the class path to load a model.
 */
public final class SentimentModelZoo extends ModelZoo {

    private static final Logger logger = LoggerFactory.getLogger(SentimentModelZoo.class);

    private final Path dir;

    /**
     * Opens the zoo in a folder, installing the pretrained model there first if it is missing.
     *
     * @param dir the zoo folder
     */
    public SentimentModelZoo(Path dir) {
        this.dir = dir;
        try {
            BuiltinModels.install(dir);
        } catch (IOException e) {
            // The zoo still lists what the folder holds; loading the pretrained model will fail
            // with the cause below.
            logger.warn("Could not install the pretrained model into {}: {}", dir, e.toString());
        }
        Repository repository = Repository.newInstance("stocktwits-sentiment", dir);
        for (String artifactId : artifactIds(dir)) {
            addModel(repository.model(SentimentZoo.APPLICATION, SentimentZoo.GROUP_ID, artifactId));
        }
    }

    /**
     * Returns the zoo's folder.
     *
     * @return the folder
     */
    public Path getDir() {
        return dir;
    }

    /** {@inheritDoc} */
    @Override
    public String getGroupId() {
        return SentimentZoo.GROUP_ID;
    }

    /** {@inheritDoc} */
    @Override
    public Set<String> getSupportedEngines() {
        return Set.of("PyTorch", "MXNet");
    }

    private static Set<String> artifactIds(Path dir) {
        Path group = SentimentZoo.artifactDir(dir, "x").getParent();
        if (!Files.isDirectory(group)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(group)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("metadata.json")))
                    .map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
