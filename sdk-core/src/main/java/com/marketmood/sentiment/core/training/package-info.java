/** Training on DJL: presets, the training loop, early stopping and checkpoints. */
package com.marketmood.sentiment.core.training;
