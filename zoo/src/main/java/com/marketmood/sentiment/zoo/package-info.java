/**
 * The StockTwits sentiment model zoo for DJL: a {@link ai.djl.repository.zoo.ZooProvider}, a local
 * repository in DJL's {@code metadata.json} layout, the pretrained model, and publishing of
 * retrained models as new versions.
 */
package com.marketmood.sentiment.zoo;
