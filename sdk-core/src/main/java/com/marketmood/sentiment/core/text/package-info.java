/**
 * Text handling: the tutorial's StockTwits normalisation, vocabularies with reserved ids, and the
 * encoding of a message into the ids the network reads.
 */
package com.marketmood.sentiment.core.text;
