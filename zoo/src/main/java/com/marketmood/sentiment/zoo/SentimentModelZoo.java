package com.marketmood.sentiment.zoo;

import ai.djl.MalformedModelException;
import ai.djl.repository.MRL;
import ai.djl.repository.Repository;
import ai.djl.repository.zoo.BaseModelLoader;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelLoader;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ModelZoo;
import ai.djl.repository.zoo.ZooModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
 * <p>The folder's artifacts are listed afresh on every look-up, so versions published while the
 * program runs are found. Several versions of an artifact are kept newest first, and a look-up
 * without a {@code version} filter gets the newest. The block and translator factories the
 * artifacts name are in {@code sdk-core}, which must be on the class path to load a model.
 */
public final class SentimentModelZoo extends ModelZoo {

    private static final Logger logger = LoggerFactory.getLogger(SentimentModelZoo.class);

    private static final String CHECKSUMS = "checksums.sha256";

    private final Path dir;

    /** Opens the default zoo folder, as {@link SentimentZoo#defaultDir()} says at each look-up. */
    public SentimentModelZoo() {
        this(null);
    }

    /**
     * Opens the zoo in a folder.
     *
     * @param dir the zoo folder, or {@code null} for the default folder at each look-up
     */
    public SentimentModelZoo(Path dir) {
        this.dir = dir;
    }

    /**
     * Returns the zoo's folder, after installing the pretrained model there if it is missing.
     *
     * @return the folder
     */
    public Path prepare() {
        Path d = dir != null ? dir : SentimentZoo.defaultDir();
        try {
            BuiltinModels.install(d);
        } catch (IOException e) {
            // The zoo still lists what the folder holds; loading the pretrained model will fail.
            logger.warn("Could not install the pretrained model into {}: {}", d, e.toString());
        }
        return d;
    }

    /**
     * Drops DJL's cached copy of a version when it is not a copy of what the zoo holds now.
     *
     * <p>DJL copies an artifact into its cache once, keyed by name and version, and uses that copy
     * from then on. A version removed from a zoo and published again with other files would
     * otherwise load the old copy; comparing the checksum lists catches that.
     *
     * @param d the zoo folder
     * @param artifactId the artifact
     * @param version the version about to be loaded
     * @throws IOException if the stale copy cannot be removed
     */
    static void evictStaleCopy(Path d, String artifactId, String version) throws IOException {
        Path source = SentimentZoo.artifactDir(d, artifactId).resolve(version);
        Repository repository = Repository.newInstance("stocktwits-sentiment", d);
        Path zooRelative = SentimentZoo.artifactDir(Path.of(""), artifactId).resolve(version);
        Path cached = repository.getCacheDirectory().resolve(zooRelative.toString());
        Path sourceList = source.resolve(CHECKSUMS);
        Path cachedList = cached.resolve(CHECKSUMS);
        if (Files.isDirectory(cached)
                && Files.isRegularFile(sourceList)
                && !(Files.isRegularFile(cachedList)
                        && Files.mismatch(sourceList, cachedList) == -1)) {
            logger.debug("Dropping DJL's stale copy {}", cached);
            ZooPublisher.deleteTree(cached);
        }
    }

    /** {@inheritDoc} */
    @Override
    public Collection<ModelLoader> getModelLoaders() {
        Path d = prepare();
        List<ModelLoader> loaders = new ArrayList<>();
        if (!Files.isDirectory(d)) {
            return loaders;
        }
        Repository repository = Repository.newInstance("stocktwits-sentiment", d);
        for (String artifactId : artifactIds(d)) {
            loaders.add(
                    new Loader(
                            repository.model(
                                    SentimentZoo.APPLICATION, SentimentZoo.GROUP_ID, artifactId),
                            d));
        }
        return loaders;
    }

    /** {@inheritDoc} */
    @Override
    public ModelLoader getModelLoader(String name) {
        for (ModelLoader loader : getModelLoaders()) {
            if (loader.getArtifactId().equals(name)) {
                return loader;
            }
        }
        return null;
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

    /** DJL's loader, which first drops a stale cached copy of the version it will load. */
    private static final class Loader extends BaseModelLoader {

        private final Path zooDir;

        Loader(MRL mrl, Path zooDir) {
            super(mrl);
            this.zooDir = zooDir;
        }

        @Override
        public <I, O> ZooModel<I, O> loadModel(Criteria<I, O> criteria)
                throws IOException, ModelNotFoundException, MalformedModelException {
            String version =
                    criteria.getFilters() == null ? null : criteria.getFilters().get("version");
            if (version == null) {
                List<String> versions = ZooPublisher.versions(zooDir, getArtifactId());
                version = versions.isEmpty() ? null : versions.get(0);
            }
            if (version != null) {
                evictStaleCopy(zooDir, getArtifactId(), version);
            }
            return super.loadModel(criteria);
        }
    }

    private static List<String> artifactIds(Path dir) {
        Path group = SentimentZoo.artifactDir(dir, "x").getParent();
        if (!Files.isDirectory(group)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(group)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("metadata.json")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
