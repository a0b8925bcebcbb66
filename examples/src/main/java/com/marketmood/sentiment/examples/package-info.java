/**
 * The command-line programs: train, evaluate, predict, explain, score and aggregate (picocli
 * commands under {@link com.marketmood.sentiment.examples.SentimentCli}), and the soak program.
 * They log with slf4j-simple, which only this module depends on.
 */
package com.marketmood.sentiment.examples;
