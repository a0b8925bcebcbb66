package com.marketmood.sentiment.zoo;

import ai.djl.repository.zoo.ModelZoo;
import ai.djl.repository.zoo.ZooProvider;

/**
 * Registers the {@link SentimentModelZoo} of the default zoo folder with DJL, through {@link
 * java.util.ServiceLoader}.
 */
public final class SentimentZooProvider implements ZooProvider {

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public SentimentZooProvider() {}

    /** {@inheritDoc} */
    @Override
    public ModelZoo getModelZoo() {
        return new SentimentModelZoo();
    }
}
