/** The sentiment network, built from DJL blocks. */
package com.marketmood.sentiment.core.nn;
