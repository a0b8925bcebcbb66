package com.marketmood.sentiment.core.inference;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelLoader;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import com.marketmood.sentiment.CorruptModelException;
import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.ModelInfo;
import com.marketmood.sentiment.ModelNotFoundException;
import com.marketmood.sentiment.Sentiment;
import com.marketmood.sentiment.SentimentModel;
import com.marketmood.sentiment.core.model.ModelConfig;
import com.marketmood.sentiment.core.model.ModelFiles;
import com.marketmood.sentiment.core.model.SentimentArtifact;
import com.marketmood.sentiment.spi.EngineModule;
import com.marketmood.sentiment.spi.LoadRequest;
import com.marketmood.sentiment.spi.SentimentModelProvider;
import com.marketmood.sentiment.zoo.SentimentModelZoo;
import com.marketmood.sentiment.zoo.SentimentZoo;
import com.marketmood.sentiment.zoo.ZooPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads {@link SentimentModel}s with DJL's {@link Criteria}: from the zoo by name and version, or
 * from a model folder by path. Registered with {@link java.util.ServiceLoader}.
 */
public final class DjlSentimentModelProvider implements SentimentModelProvider {

    private static final Logger logger = LoggerFactory.getLogger(DjlSentimentModelProvider.class);

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public DjlSentimentModelProvider() {}

    /** {@inheritDoc} */
    @Override
    public SentimentModel load(LoadRequest request) throws ModelException {
        String engine = EngineSelector.select(request.engine());
        Device device = EngineSelector.device(request.device(), engine);
        EngineModule module = EngineSelector.module(engine);
        int batchThreads =
                request.batchThreads() > 0 ? request.batchThreads() : module.defaultBatchThreads();
        Placement placement = new Placement(engine, device, module, batchThreads);

        Path dir;
        String name;
        String version;
        if (request.modelPath() != null) {
            dir = request.modelPath().toAbsolutePath();
            name = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
            version = null;
            if (!Files.isDirectory(dir)) {
                throw new ModelNotFoundException(
                        "No model folder at "
                                + dir
                                + ": pass a folder written by the train command");
            }
        } else {
            name = request.modelName();
            Path zooDir = request.zooPath() != null ? request.zooPath() : SentimentZoo.defaultDir();
            version = resolveVersion(request, zooDir);
            dir = null;
            logger.debug("Loading {} {} from the zoo at {}", name, version, zooDir);
            return loadFromZoo(name, version, zooDir, placement);
        }
        return loadFromPath(dir, name, version, placement);
    }

    /**
     * Returns the folder of the model a request names, resolved as {@link #load} resolves it: the
     * request's model path, or the zoo version it names (without a version, the pretrained model's
     * pinned version for {@code stocktwits-spy} in the default zoo, else the newest). For tools
     * that read a model's files directly, such as evaluation.
     *
     * @param request the request; its engine and device are ignored
     * @return the model folder
     * @throws ModelException if there is no such folder, name or version
     */
    public static Path modelDir(LoadRequest request) throws ModelException {
        if (request.modelPath() != null) {
            Path dir = request.modelPath().toAbsolutePath();
            if (!Files.isDirectory(dir)) {
                throw new ModelNotFoundException(
                        "No model folder at "
                                + dir
                                + ": pass a folder written by the train command");
            }
            return dir;
        }
        Path zooDir = request.zooPath() != null ? request.zooPath() : SentimentZoo.defaultDir();
        return SentimentZoo.artifactDir(zooDir, request.modelName())
                .resolve(resolveVersion(request, zooDir));
    }

    private static String resolveVersion(LoadRequest request, Path zooDir) throws ModelException {
        new SentimentModelZoo(zooDir).prepare(); // installs the pretrained model when missing
        List<String> versions;
        try {
            versions = ZooPublisher.versions(zooDir, request.modelName());
        } catch (IOException e) {
            throw new CorruptModelException(
                    "The zoo at " + zooDir + " is unreadable: " + e.getMessage(), e);
        }
        if (versions.isEmpty()) {
            throw new ModelNotFoundException(
                    "No model named '"
                            + request.modelName()
                            + "' in the zoo at "
                            + zooDir
                            + "; publish one with the train command (--publish) or check the name");
        }
        if (request.version() == null) {
            if (SentimentZoo.isBuiltin(request.modelName())
                    && request.zooPath() == null
                    && versions.contains(SentimentZoo.PRETRAINED_VERSION)) {
                // The pretrained models are pinned; name a version to load a retrained one.
                return SentimentZoo.PRETRAINED_VERSION;
            }
            return versions.get(0);
        }
        if (!versions.contains(request.version())) {
            throw new ModelNotFoundException(
                    "Model '"
                            + request.modelName()
                            + "' has no version "
                            + request.version()
                            + " in the zoo at "
                            + zooDir
                            + "; versions: "
                            + versions);
        }
        return request.version();
    }

    /** Where and how a model runs: the engine and device chosen, and the threads per batch. */
    private record Placement(String engine, Device device, EngineModule module, int batchThreads) {}

    private static SentimentModel loadFromZoo(
            String name, String version, Path zooDir, Placement placement) throws ModelException {
        ModelLoader loader = new SentimentModelZoo(zooDir).getModelLoader(name);
        if (loader == null) {
            throw new ModelNotFoundException(
                    "No model named '" + name + "' in the zoo at " + zooDir);
        }
        Criteria<String, Sentiment> criteria =
                Criteria.builder()
                        .setTypes(String.class, Sentiment.class)
                        .optApplication(SentimentZoo.APPLICATION)
                        .optGroupId(SentimentZoo.GROUP_ID)
                        .optArtifactId(name)
                        .optFilter("version", version)
                        .optEngine(placement.engine())
                        .optDevice(placement.device())
                        .build();
        String what = name + " " + version + " in the zoo at " + zooDir;
        return open(() -> loader.loadModel(criteria), what, name, version, placement);
    }

    private static SentimentModel loadFromPath(
            Path dir, String name, String version, Placement placement) throws ModelException {
        Criteria<String, Sentiment> criteria =
                Criteria.builder()
                        .setTypes(String.class, Sentiment.class)
                        .optModelPath(dir)
                        .optModelName(SentimentArtifact.MODEL_NAME)
                        .optArgument("blockFactory", new SentimentBlockFactory())
                        .optTranslatorFactory(new SentimentTranslatorFactory())
                        .optEngine(placement.engine())
                        .optDevice(placement.device())
                        .build();
        return open(criteria::loadModel, dir.toString(), name, version, placement);
    }

    private static SentimentModel open(
            ModelSource source, String what, String name, String version, Placement placement)
            throws ModelException {
        ZooModel<String, Sentiment> model;
        try {
            model = source.load();
        } catch (ai.djl.repository.zoo.ModelNotFoundException e) {
            throw new ModelNotFoundException("Model not found: " + what + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new CorruptModelException(
                    "Model " + what + " is incomplete: " + e.getFile() + ": " + e.getReason(), e);
        } catch (MalformedModelException | IOException e) {
            throw new CorruptModelException(
                    "Model " + what + " is corrupt or incompatible: " + e.getMessage(), unwrap(e));
        } catch (RuntimeException e) {
            throw new CorruptModelException(
                    "Model " + what + " could not be loaded: " + e.getMessage(), e);
        }

        try {
            SentimentTranslator translator = translator(model);
            ModelConfig config = ModelFiles.readConfig(model.getModelPath());
            ModelInfo info =
                    new ModelInfo(
                            name,
                            version,
                            placement.engine(),
                            placement.device().toString(),
                            config.maxTokens());
            return new DjlSentimentModel(
                    model, translator, info, placement.module(), placement.batchThreads());
        } catch (IOException | MalformedModelException | TranslateException e) {
            model.close();
            throw new CorruptModelException("Model " + what + ": " + e.getMessage(), e);
        }
    }

    private static SentimentTranslator translator(ZooModel<String, Sentiment> model)
            throws TranslateException {
        return (SentimentTranslator)
                new SentimentTranslatorFactory()
                        .newInstance(String.class, Sentiment.class, model, java.util.Map.of());
    }

    /** Loads a model the DJL way. */
    @FunctionalInterface
    private interface ModelSource {
        ZooModel<String, Sentiment> load()
                throws IOException,
                        ai.djl.repository.zoo.ModelNotFoundException,
                        MalformedModelException;
    }

    private static Throwable unwrap(Exception e) {
        return e instanceof SentimentBlockFactory.CorruptModelIOException ? e.getCause() : e;
    }
}
