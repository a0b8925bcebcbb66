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
}
