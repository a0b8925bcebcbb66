/** The MXNet engine module: DJL's MXNet engine and its CPU native library. */
package com.marketmood.sentiment.engine.mxnet;
