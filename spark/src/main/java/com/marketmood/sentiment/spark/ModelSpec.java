package com.marketmood.sentiment.spark;

import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.SentimentModel;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * Which model the executors load: a zoo name and version or a model folder, an engine and a device.
 * It travels to the executors inside Spark's tasks, so it holds only strings; null means the SDK's
 * default for that setting (the engine module on the executors' class path, device {@code auto},
 * the pretrained model). Each task scores on its own thread ({@code optBatchThreads(1)}): Spark's
 * tasks are the parallelism. The system property {@code sentiment.batchThreads} or the environment
 * variable {@code SENTIMENT_BATCH_THREADS} on the executors overrides that.
 *
 * @param name the zoo model name, or null for the pretrained one
 * @param version the zoo version, or null for the default one
 * @param path a model folder written by the train command, present on every executor, or null
 * @param engine {@code pytorch} or {@code mxnet}, or null
 * @param device {@code auto}, {@code cpu}, {@code gpu} or {@code gpu:N}, or null
 */
public record ModelSpec(String name, String version, String path, String engine, String device)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The pretrained model, on the engine and device the SDK chooses.
     *
     * @return the default specification
     */
    public static ModelSpec pretrained() {
        return new ModelSpec(null, null, null, null, null);
    }

    /**
     * Loads the model this specification names.
     *
     * @return the model
     * @throws ModelException if it cannot be loaded; the message says what to add or fix
     */
    SentimentModel load() throws ModelException {
        SentimentModel.Builder builder = SentimentModel.builder();
        if (path != null) {
            builder.optModelPath(Path.of(path));
        }
        if (name != null) {
            builder.optModelName(name);
        }
        if (version != null) {
            builder.optVersion(version);
        }
        if (engine != null) {
            builder.optEngine(engine);
        }
        if (device != null) {
            builder.optDevice(device);
        }
        // An executor's tasks already run side by side on its cores: each scores on its own
        // thread, unless the executor's JVM or environment sets the SDK's batch threads.
        if (isUnset(System.getProperty(SentimentModel.Builder.BATCH_THREADS_PROPERTY))
                && isUnset(System.getenv(SentimentModel.Builder.BATCH_THREADS_ENV))) {
            builder.optBatchThreads(1);
        }
        return builder.load();
    }

    /** As the SDK's builder reads a setting: blank is unset. */
    private static boolean isUnset(String value) {
        return value == null || value.isBlank();
    }
}
