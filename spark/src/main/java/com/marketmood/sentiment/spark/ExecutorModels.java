package com.marketmood.sentiment.spark;

import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.SentimentModel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models of this JVM: each is loaded by the first task that needs it and then shared by every
 * task of the executor (a {@link SentimentModel} is safe to share between threads). They are closed
 * when the JVM exits.
 */
final class ExecutorModels {

    private static final Logger logger = LoggerFactory.getLogger(ExecutorModels.class);

    private static final ConcurrentMap<ModelSpec, SentimentModel> MODELS =
            new ConcurrentHashMap<>();

    private static final AtomicInteger LOADS = new AtomicInteger();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> MODELS.values().forEach(SentimentModel::close)));
    }

    private ExecutorModels() {}

    /**
     * Returns this JVM's model for a specification, loading it on first use.
     *
     * @throws IllegalStateException if the model cannot be loaded, with the SDK's message
     */
    static SentimentModel get(ModelSpec spec) {
        return MODELS.computeIfAbsent(spec, ExecutorModels::load);
    }

    /** How many times this JVM has loaded a model. */
    static int loads() {
        return LOADS.get();
    }

    private static SentimentModel load(ModelSpec spec) {
        LOADS.incrementAndGet();
        try {
            SentimentModel model = spec.load();
            logger.debug("Loaded {} for {}", model.info(), spec);
            return model;
        } catch (ModelException e) {
            throw new IllegalStateException(
                    "Cannot load the sentiment model "
                            + spec
                            + " on this executor: "
                            + e.getMessage(),
                    e);
        }
    }
}
