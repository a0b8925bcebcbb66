package com.marketmood.sentiment;

import com.marketmood.sentiment.spi.LoadRequest;
import com.marketmood.sentiment.spi.SentimentModelProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * A loaded sentiment model: classifies StockTwits-style messages as bullish or bearish.
 *
 * <pre>{@code
 * try (SentimentModel model = SentimentModel.load()) {
 *     Sentiment s = model.predict("$SPY breaking out, calls printing");
 *     System.out.println(s.label() + " " + s.bullishProbability());
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> A model is safe to share between threads: {@link #predict(String)} and {@link
 * #predict(List)} may be called concurrently, and each call's answer is the same as when it runs
 * alone. Load a model once and share it; loading is the expensive part.
 *
 * <p><b>Odd input.</b> Text that normalises to no token (empty, blank, only punctuation or only
 * non-ASCII characters) is read as a single unknown word, so it gets the model's answer for a
 * message it knows nothing about, close to the share of bullish messages in training. Only the
 * first {@link ModelInfo#maxTokens()} tokens of a longer message are read. {@code null} text is
 * refused.
 *
 * <p><b>Resources.</b> A model holds native memory until {@link #close()}; calls after closing
 * throw {@link IllegalStateException}. Closing twice is harmless.
 *
 * <p>The implementation lives in {@code sdk-core} and is found with {@link ServiceLoader}; an
 * engine module ({@code engine-pytorch} or {@code engine-mxnet}) must be on the class path too.
 */
public interface SentimentModel extends AutoCloseable {

    /**
     * Loads the pretrained StockTwits model from the built-in zoo, on the engine found on the class
     * path and the device chosen by {@code auto} (a GPU when the engine sees one, else the CPU).
     *
     * @return the model; close it when done
     * @throws ModelException if the model or an engine cannot be loaded; the message says what to
     *     add or fix
     */
    static SentimentModel load() throws ModelException {
        return builder().load();
    }

    /**
     * Returns a builder to choose the model, engine and device.
     *
     * @return a new builder
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Classifies one message.
     *
     * @param text the raw message
     * @return its sentiment
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalStateException if the model is closed
     * @throws PredictionException if the engine fails
     */
    Sentiment predict(String text);

    /**
     * Classifies messages in batches: the list is sorted by length and scored in forward passes of
     * up to 64 messages of similar length, so that short messages are not padded to a long one's
     * length. The passes are shared between the calling thread and the model's helper threads
     * ({@link Builder#optBatchThreads(int)}). Each answer equals {@link #predict(String)} of that
     * message within 1e-6 (the engine's arithmetic differs in the last bits between batch sizes);
     * labels are the same.
     *
     * @param texts the raw messages, none of them null; may be empty
     * @return one sentiment per message, in the same order; each equal to {@code predict} of that
     *     message
     * @throws NullPointerException if the list or one of its messages is null
     * @throws IllegalStateException if the model is closed
     * @throws PredictionException if the engine fails
     */
    List<Sentiment> predict(List<String> texts);

    /**
     * Explains one message's sentiment: each token the model reads, with how much it moved the
     * bullish log-odds. See {@link Explanation} for the method (leave-one-token-out occlusion, one
     * batched forward pass of the message and its variants, so it costs about one batch prediction
     * of {@code tokens + 1} messages).
     *
     * @param text the raw message
     * @return the explanation; its sentiment equals {@code predict(text)}
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalStateException if the model is closed
     * @throws PredictionException if the engine fails
     */
    Explanation explain(String text);

    /**
     * Describes the loaded model: name, version, engine and device.
     *
     * @return the description
     */
    ModelInfo info();

    /** Frees the model's native memory. Idempotent. */
    @Override
    void close();

    /**
     * Chooses a model, engine and device, then loads. Required settings have none: every option has
     * a default.
     *
     * <p>Engine: {@code optEngine}, else the system property {@value #ENGINE_PROPERTY}, else the
     * environment variable {@value #ENGINE_ENV}, else the engine module on the class path (PyTorch
     * when both are). Device: {@code optDevice}, else {@value #DEVICE_PROPERTY}, else {@value
     * #DEVICE_ENV}, else {@code auto}.
     */
    final class Builder {

        /** The system property naming the engine: {@code pytorch} or {@code mxnet}. */
        public static final String ENGINE_PROPERTY = "sentiment.engine";

        /** The environment variable naming the engine. */
        public static final String ENGINE_ENV = "SENTIMENT_ENGINE";

        /** The system property naming the device: {@code auto}, {@code cpu}, {@code gpu:N}. */
        public static final String DEVICE_PROPERTY = "sentiment.device";

        /** The environment variable naming the device. */
        public static final String DEVICE_ENV = "SENTIMENT_DEVICE";

        /**
         * The system property giving the most threads one {@link SentimentModel#predict(List)}
         * uses.
         */
        public static final String BATCH_THREADS_PROPERTY = "sentiment.batchThreads";

        /** The environment variable giving the most threads one list prediction uses. */
        public static final String BATCH_THREADS_ENV = "SENTIMENT_BATCH_THREADS";

        /** The name of the pretrained model in the built-in zoo. */
        public static final String PRETRAINED = "stocktwits-spy";

        /**
         * The name of the small pretrained model in the built-in zoo: one LSTM member instead of
         * three, so a single prediction makes two LSTM calls instead of six (0.17 ms median instead
         * of 0.52 ms in docs/BENCHMARKS.md), at 0.775 test accuracy instead of 0.780.
         */
        public static final String PRETRAINED_FAST = "stocktwits-spy-fast";

        private String modelName = PRETRAINED;
        private String version;
        private Path modelPath;
        private Path zooPath;
        private String engine;
        private String device;
        private int batchThreads;

        private Builder() {}

        /**
         * Loads a named model from a zoo instead of the pretrained one: {@value #PRETRAINED_FAST}
         * (built in, for the lowest latency), or one published by the train command.
         *
         * @param name the artifact name, for example {@code stocktwits-spy-fast}
         * @return this builder
         */
        public Builder optModelName(String name) {
            this.modelName = requireText(name, "name");
            return this;
        }

        /**
         * Loads this version of the named model. Without it: for the built-in names ({@value
         * #PRETRAINED}, {@value #PRETRAINED_FAST}) in the default zoo, the version shipped with the
         * SDK; otherwise the newest version.
         *
         * @param version the version, for example {@code 0.2.0}
         * @return this builder
         */
        public Builder optVersion(String version) {
            this.version = requireText(version, "version");
            return this;
        }

        /**
         * Loads a model folder by path, bypassing the zoo.
         *
         * @param path the model folder, holding {@code model.json}
         * @return this builder
         */
        public Builder optModelPath(Path path) {
            if (path == null) {
                throw new IllegalArgumentException("path must not be null");
            }
            this.modelPath = path;
            return this;
        }

        /**
         * Looks for named models in this local zoo folder instead of the default one ({@code
         * sentiment.zoo}, {@code SENTIMENT_ZOO}, else {@code ~/.stocktwits-sentiment/zoo}). The
         * pretrained model is installed into it on first use, so that {@code stocktwits-spy} is
         * always there.
         *
         * @param path the zoo folder
         * @return this builder
         */
        public Builder optZoo(Path path) {
            if (path == null) {
                throw new IllegalArgumentException("path must not be null");
            }
            this.zooPath = path;
            return this;
        }

        /**
         * Chooses the engine by name: {@code pytorch} or {@code mxnet}, in any case.
         *
         * @param engine the engine name
         * @return this builder
         */
        public Builder optEngine(String engine) {
            this.engine = requireText(engine, "engine");
            return this;
        }

        /**
         * Chooses the device: {@code auto}, {@code cpu}, {@code gpu} (the first GPU) or {@code
         * gpu:N}. Asking for a GPU the engine does not see fails at {@link #load()}.
         *
         * @param device the device
         * @return this builder
         */
        public Builder optDevice(String device) {
            this.device = requireText(device, "device");
            return this;
        }

        /**
         * Sets the most threads one {@link SentimentModel#predict(List)} call uses: its forward
         * passes are shared between the calling thread and up to {@code threads - 1} helper threads
         * that the model starts when first needed. Answers do not depend on it. Without it: the
         * system property {@value #BATCH_THREADS_PROPERTY}, else the environment variable {@value
         * #BATCH_THREADS_ENV}, else the engine's default: the number of processors on PyTorch, 1 on
         * MXNet (whose own engine schedules operations on its threads). Use 1 where many threads
         * already call the model at once, to keep one call on one core.
         *
         * @param threads at least 1
         * @return this builder
         */
        public Builder optBatchThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            this.batchThreads = threads;
            return this;
        }

        /**
         * Loads the model.
         *
         * @return the model; close it when done
         * @throws ModelException if the model or an engine cannot be loaded
         * @throws IllegalArgumentException if the batch threads property or environment variable is
         *     not a whole number of at least 1
         */
        public SentimentModel load() throws ModelException {
            LoadRequest request =
                    new LoadRequest(
                            modelName,
                            version,
                            modelPath,
                            zooPath,
                            firstOf(
                                    engine,
                                    System.getProperty(ENGINE_PROPERTY),
                                    System.getenv(ENGINE_ENV)),
                            firstOf(
                                    device,
                                    System.getProperty(DEVICE_PROPERTY),
                                    System.getenv(DEVICE_ENV),
                                    "auto"),
                            batchThreads > 0
                                    ? batchThreads
                                    : threadsSetting(
                                            firstOf(
                                                    System.getProperty(BATCH_THREADS_PROPERTY),
                                                    System.getenv(BATCH_THREADS_ENV))));
            return provider().load(request);
        }

        private static SentimentModelProvider provider() throws ModelException {
            for (SentimentModelProvider p : ServiceLoader.load(SentimentModelProvider.class)) {
                return p;
            }
            throw new ModelException(
                    "No SentimentModel implementation on the class path: add the dependency"
                            + " com.marketmood:sdk-core (and one engine module, com.marketmood:"
                            + "engine-pytorch or com.marketmood:engine-mxnet)");
        }

        /** Parses the threads setting from a property or the environment; 0 when unset. */
        private static int threadsSetting(String value) {
            if (value == null) {
                return 0;
            }
            try {
                int threads = Integer.parseInt(value);
                if (threads >= 1) {
                    return threads;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(
                    "The batch threads setting ("
                            + BATCH_THREADS_PROPERTY
                            + " or "
                            + BATCH_THREADS_ENV
                            + ") must be a whole number of at least 1, got '"
                            + value
                            + "'");
        }

        private static String firstOf(String... values) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            return null;
        }

        private static String requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(what + " must not be null or blank");
            }
            return value.strip();
        }
    }
}
