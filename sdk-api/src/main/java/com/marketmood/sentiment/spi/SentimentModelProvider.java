package com.marketmood.sentiment.spi;

import com.marketmood.sentiment.ModelException;
import com.marketmood.sentiment.SentimentModel;

/**
 * The service that loads models, implemented by {@code sdk-core} and found with {@link
 * java.util.ServiceLoader}. Users call {@link SentimentModel#load()} or {@link
 * SentimentModel#builder()} instead.
 */
public interface SentimentModelProvider {

    /**
     * Loads a model.
     *
     * @param request what to load, on which engine and device
     * @return the loaded model
     * @throws ModelException if the model or its engine cannot be loaded
     */
    SentimentModel load(LoadRequest request) throws ModelException;
}
