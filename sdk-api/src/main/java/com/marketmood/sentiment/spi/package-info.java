/**
 * The service interfaces between the API and its implementation: {@link
 * com.marketmood.sentiment.spi.SentimentModelProvider} (implemented by {@code sdk-core}) and {@link
 * com.marketmood.sentiment.spi.EngineModule} (one per engine module). Users do not call these.
 */
package com.marketmood.sentiment.spi;
