/**
 * Sentiment scoring on Apache Spark: {@link com.marketmood.sentiment.spark.SparkSentiment} adds
 * {@code label} and {@code bullish_probability} to a {@code Dataset<Row>}, batched per partition,
 * or gives a column function and a SQL function; {@link com.marketmood.sentiment.spark.ScoreJob} is
 * a main class for {@code spark-submit}. Each executor JVM loads one model and shares it between
 * its tasks.
 */
package com.marketmood.sentiment.spark;
