package com.marketmood.sentiment.spi;

import com.marketmood.sentiment.SentimentModel;
import java.nio.file.Path;

/**
 * What {@link SentimentModel.Builder} asks a {@link SentimentModelProvider} to load, with the
 * engine and device settings already resolved from options, system properties and environment.
 *
 * @param modelName the artifact name in a zoo
 * @param version the version, or {@code null} for the newest
 * @param modelPath a model folder to load instead of a zoo artifact, or {@code null}
 * @param zooPath an extra local zoo folder, or {@code null}
 * @param engine the engine name, or {@code null} to choose from the class path
 * @param device the device: {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
 * @param batchThreads the most threads one list prediction uses, or 0 for the engine module's
 *     {@link EngineModule#defaultBatchThreads() default}
 */
public record LoadRequest(
        String modelName,
        String version,
        Path modelPath,
        Path zooPath,
        String engine,
        String device,
        int batchThreads) {

    /** Checks the thread count. */
    public LoadRequest {
        if (batchThreads < 0) {
            throw new IllegalArgumentException(
                    "batchThreads must not be negative: " + batchThreads);
        }
    }

    /**
     * A request with the engine module's default threads per batch.
     *
     * @param modelName the artifact name in a zoo
     * @param version the version, or {@code null} for the newest
     * @param modelPath a model folder to load instead of a zoo artifact, or {@code null}
     * @param zooPath an extra local zoo folder, or {@code null}
     * @param engine the engine name, or {@code null} to choose from the class path
     * @param device the device: {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}
     */
    public LoadRequest(
            String modelName,
            String version,
            Path modelPath,
            Path zooPath,
            String engine,
            String device) {
        this(modelName, version, modelPath, zooPath, engine, device, 0);
    }
}
