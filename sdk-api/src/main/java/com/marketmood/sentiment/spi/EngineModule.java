package com.marketmood.sentiment.spi;

/**
 * Declares that an engine module ({@code engine-pytorch}, {@code engine-mxnet}) is on the class
 * path. Each engine module registers one with {@link java.util.ServiceLoader}; the SDK picks the
 * engine from the modules it finds.
 */
public interface EngineModule {

    /**
     * Returns the engine's name as DJL knows it.
     *
     * @return for example {@code PyTorch}
     */
    String engineName();

    /**
     * Returns the Maven coordinates a user adds to get this engine.
     *
     * @return for example {@code com.marketmood:engine-pytorch}
     */
    String artifact();

    /**
     * Returns the preference among engines when several are present and none is named: the lowest
     * wins.
     *
     * @return the preference
     */
    int preference();

    /**
     * Sets the engine's defaults before it is first loaded, where the user has not set them. Called
     * each time the engine is chosen; it has an effect only before the engine's first load.
     */
    default void beforeEngineLoad() {}

    /**
     * Returns how many threads one list prediction uses when the user does not say: the list's
     * forward passes are shared between the calling thread and {@code n - 1} helper threads.
     *
     * @return at least 1; 1 (the calling thread only) unless the engine is known to run forward
     *     passes from several threads at once without slowing each other down
     */
    default int defaultBatchThreads() {
        return 1;
    }

    /**
     * Prepares the calling thread for inference, for the length of one prediction.
     *
     * <p>Some engines keep per-thread state that DJL sets only on the thread that loaded the
     * engine: PyTorch's autograd mode is on in every other thread, so a prediction there would
     * record gradients, and round differently from the same prediction on the loading thread.
     *
     * @return what restores the thread's previous state; closed when the prediction ends
     */
    default InferenceScope enterInference() {
        return () -> {};
    }

    /** The per-thread state of one prediction; closing it restores what was there before. */
    @FunctionalInterface
    interface InferenceScope extends AutoCloseable {

        /** Restores the thread's state. */
        @Override
        void close();
    }
}
