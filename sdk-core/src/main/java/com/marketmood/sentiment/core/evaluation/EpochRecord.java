package com.marketmood.sentiment.core.evaluation;

/**
 * One epoch of training.
 *
 * @param epoch the epoch, from 1
 * @param trainLoss mean training loss
 * @param trainAccuracy training accuracy
 * @param validationLoss validation log loss
 * @param validationAccuracy validation accuracy
 * @param validationAuc validation ROC AUC
 * @param seconds wall time of the epoch
 */
public record EpochRecord(
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double validationLoss,
        double validationAccuracy,
        double validationAuc,
        double seconds) {}
