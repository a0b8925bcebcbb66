/**
 * Inference: the DJL translator, the block and translator factories that let DJL's {@code Criteria}
 * and zoo load a model, engine and device selection, and the {@code SentimentModel} implementation.
 */
package com.marketmood.sentiment.core.inference;
