/** The PyTorch engine module: DJL's PyTorch engine and its CPU native library. */
package com.marketmood.sentiment.engine.pytorch;
