/**
 * Evaluation of the bullish/bearish classifier: metrics of one split ({@link
 * com.marketmood.sentiment.core.evaluation.BinaryEvaluation}), temperature scaling fitted on the
 * validation split ({@link com.marketmood.sentiment.core.evaluation.TemperatureScaling}), the
 * training history ({@link com.marketmood.sentiment.core.evaluation.EpochRecord}), and the JSON,
 * Markdown and PNG outputs ({@link com.marketmood.sentiment.core.evaluation.EvaluationReport},
 * {@link com.marketmood.sentiment.core.evaluation.Charts}).
 *
 * <p>Throughout, the positive class is bullish. The model's output for a message is one logit
 * {@code z}; its bullish probability at temperature {@code T} is {@code sigmoid(z / T)}, and it is
 * predicted bullish when that probability is at least 0.5.
 */
package com.marketmood.sentiment.core.evaluation;
