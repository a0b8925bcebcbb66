/** A trained model as an artifact: its configuration, vocabularies and parameters. */
package com.marketmood.sentiment.core.model;
