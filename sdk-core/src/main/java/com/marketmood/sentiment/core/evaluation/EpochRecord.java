package com.marketmood.sentiment.core.evaluation;

/**
 * One row of training history: the metrics at the end of one epoch.
 *
 * @param epoch the epoch number, counted as the trainer counts them (typically from 1)
 * @param trainLoss the mean training loss over the epoch's batches
 * @param trainAccuracy the training accuracy over the epoch, in [0, 1]
 * @param validationLoss the loss on the validation split after the epoch
 * @param validationAccuracy the accuracy on the validation split after the epoch, in [0, 1]
 * @param validationAuc the ROC AUC on the validation split after the epoch, in [0, 1]; {@code NaN}
 *     when it was not computed
 * @param seconds the wall-clock seconds the epoch took, validation included
 */
public record EpochRecord(
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double validationLoss,
        double validationAccuracy,
        double validationAuc,
        double seconds) {

    /**
     * Creates a record, checking the epoch number.
     *
     * @param epoch the epoch number, not negative
     * @param trainLoss the mean training loss
     * @param trainAccuracy the training accuracy
     * @param validationLoss the validation loss
     * @param validationAccuracy the validation accuracy
     * @param validationAuc the validation ROC AUC, or {@code NaN}
     * @param seconds the seconds the epoch took
     * @throws IllegalArgumentException if the epoch is negative
     */
    public EpochRecord {
        if (epoch < 0) {
            throw new IllegalArgumentException("The epoch must not be negative: " + epoch);
        }
    }
}
