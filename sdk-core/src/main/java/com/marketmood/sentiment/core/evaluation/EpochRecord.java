package com.marketmood.sentiment.core.evaluation;

/**
 * One row of training history: the metrics at the end of one epoch of one ensemble member.
 *
 * @param member the ensemble member the epoch trained, from 0
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
        int member,
        int epoch,
        double trainLoss,
        double trainAccuracy,
        double validationLoss,
        double validationAccuracy,
        double validationAuc,
        double seconds) {

    /**
     * Creates a record, checking the member and epoch numbers.
     *
     * @param member the ensemble member, not negative
     * @param epoch the epoch number, not negative
     * @param trainLoss the mean training loss
     * @param trainAccuracy the training accuracy
     * @param validationLoss the validation loss
     * @param validationAccuracy the validation accuracy
     * @param validationAuc the validation ROC AUC, or {@code NaN}
     * @param seconds the seconds the epoch took
     * @throws IllegalArgumentException if the member or epoch is negative
     */
    public EpochRecord {
        if (member < 0) {
            throw new IllegalArgumentException("The member must not be negative: " + member);
        }
        if (epoch < 0) {
            throw new IllegalArgumentException("The epoch must not be negative: " + epoch);
        }
    }
}
