/**
 * Sentiment indices: scored messages grouped by the cashtags they name and, optionally, by time
 * bucket, with the bullishness and agreement indices of Antweiler and Frank (2004).
 */
package com.marketmood.sentiment.core.aggregate;
