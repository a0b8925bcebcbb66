package com.marketmood.sentiment.core.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The metrics of a bullish/bearish classifier on one split, computed from its logits and the true
 * labels.
 *
 * <p>The positive class is bullish. A message's bullish probability is {@code sigmoid(logit /
 * temperature)}, and the message is predicted bullish when that probability is at least 0.5.
 * Threshold metrics (accuracy, the confusion matrix, precision, recall, F1) and probability metrics
 * (expected calibration error, Brier score, log loss) depend on the probabilities; the ROC curve
 * and ROC AUC depend only on the order of the logits, so they do not change with the temperature.
 *
 * <p>Instances are immutable and safe to share between threads. All metrics are computed once, in
 * {@link #of(float[], boolean[], double)}.
 */
public final class BinaryEvaluation {

    /** How many equal-width bins of bullish probability the calibration metrics use. */
    public static final int CALIBRATION_BINS = 10;

    /** Probabilities are clipped to {@code [EPSILON, 1 - EPSILON]} for the log loss. */
    static final double EPSILON = 1e-7;

    private final double temperature;
    private final double[] probabilities;
    private final int truePositives;
    private final int falsePositives;
    private final int trueNegatives;
    private final int falseNegatives;
    private final double rocAuc;
    private final List<RocPoint> rocCurve;
    private final List<ReliabilityBin> reliabilityBins;
    private final double expectedCalibrationError;
    private final double brierScore;
    private final double logLoss;

    private BinaryEvaluation(float[] logits, boolean[] bullish, double temperature) {
        int n = logits.length;
        this.temperature = temperature;
        this.probabilities = new double[n];

        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        double squaredError = 0;
        double negativeLogLikelihood = 0;
        int[] binCounts = new int[CALIBRATION_BINS];
        double[] binProbabilitySums = new double[CALIBRATION_BINS];
        int[] binBullish = new int[CALIBRATION_BINS];
        for (int i = 0; i < n; i++) {
            double p = sigmoid(logits[i] / temperature);
            probabilities[i] = p;
            boolean actual = bullish[i];
            boolean predicted = p >= 0.5;
            if (predicted && actual) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (actual) {
                fn++;
            } else {
                tn++;
            }
            double y = actual ? 1 : 0;
            squaredError += (p - y) * (p - y);
            double clipped = Math.min(Math.max(p, EPSILON), 1 - EPSILON);
            negativeLogLikelihood -= actual ? Math.log(clipped) : Math.log1p(-clipped);
            int bin = binOf(p);
            binCounts[bin]++;
            binProbabilitySums[bin] += p;
            if (actual) {
                binBullish[bin]++;
            }
        }
        this.truePositives = tp;
        this.falsePositives = fp;
        this.trueNegatives = tn;
        this.falseNegatives = fn;
        this.brierScore = squaredError / n;
        this.logLoss = negativeLogLikelihood / n;

        List<ReliabilityBin> bins = new ArrayList<>(CALIBRATION_BINS);
        double ece = 0;
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            int count = binCounts[b];
            double meanPredicted = count == 0 ? Double.NaN : binProbabilitySums[b] / count;
            double observed = count == 0 ? Double.NaN : (double) binBullish[b] / count;
            if (count > 0) {
                ece += (double) count / n * Math.abs(meanPredicted - observed);
            }
            bins.add(
                    new ReliabilityBin(
                            binLower(b), binLower(b + 1), count, meanPredicted, observed));
        }
        this.reliabilityBins = Collections.unmodifiableList(bins);
        this.expectedCalibrationError = ece;

        RankSummary ranks = rank(logits, bullish);
        this.rocAuc = ranks.auc;
        this.rocCurve = ranks.curve;
    }

    /**
     * Evaluates one split.
     *
     * @param logits the model's bullish logit for each message
     * @param bullish whether each message is truly bullish, in the same order
     * @param temperature the temperature that divides the logits before the sigmoid; 1 for the raw
     *     model
     * @return the metrics
     * @throws IllegalArgumentException if the arrays differ in length or are empty, if a logit is
     *     not finite, or if the temperature is not a finite number above 0
     * @throws NullPointerException if an array is {@code null}
     */
    public static BinaryEvaluation of(float[] logits, boolean[] bullish, double temperature) {
        checkInputs(logits, bullish);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException(
                    "The temperature must be finite and above 0, not " + temperature);
        }
        return new BinaryEvaluation(logits, bullish, temperature);
    }

    /**
     * Checks the inputs shared by evaluation and temperature scaling.
     *
     * @param logits the logits
     * @param bullish the labels
     */
    static void checkInputs(float[] logits, boolean[] bullish) {
        Objects.requireNonNull(logits, "logits");
        Objects.requireNonNull(bullish, "bullish");
        if (logits.length != bullish.length) {
            throw new IllegalArgumentException(
                    "There are " + logits.length + " logits but " + bullish.length + " labels");
        }
        if (logits.length == 0) {
            throw new IllegalArgumentException("Nothing to evaluate: no logits");
        }
        for (int i = 0; i < logits.length; i++) {
            if (!Float.isFinite(logits[i])) {
                throw new IllegalArgumentException("Logit " + i + " is not finite: " + logits[i]);
            }
        }
    }

    /**
     * The logistic function, computed without overflow.
     *
     * @param x the argument
     * @return {@code 1 / (1 + exp(-x))}
     */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    private static double binLower(int bin) {
        return bin / (double) CALIBRATION_BINS;
    }

    /** The bin of a probability in [0, 1]: [0, 0.1), ..., [0.9, 1.0], with 1.0 in the last. */
    static int binOf(double p) {
        int bin = (int) (p * CALIBRATION_BINS);
        // p * 10 can round across an edge; compare with the edges as written, 0.1, 0.2, ...
        if (bin > 0 && p < binLower(bin)) {
            bin--;
        } else if (bin < CALIBRATION_BINS && p >= binLower(bin + 1)) {
            bin++;
        }
        return Math.max(0, Math.min(bin, CALIBRATION_BINS - 1));
    }

    private record RankSummary(double auc, List<RocPoint> curve) {}

    /**
     * Ranks the messages by logit, from the most bullish down, and derives the ROC curve and the
     * Mann-Whitney AUC with tied logits counted half.
     */
    private static RankSummary rank(float[] logits, boolean[] bullish) {
        int n = logits.length;
        float[] scores = new float[n];
        long positives = 0;
        for (int i = 0; i < n; i++) {
            // -0.0 and 0.0 give the same probability; make them one threshold.
            scores[i] = logits[i] == 0f ? 0f : logits[i];
            if (bullish[i]) {
                positives++;
            }
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return new RankSummary(Double.NaN, List.of(new RocPoint(0, 0), new RocPoint(1, 1)));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));

        List<RocPoint> curve = new ArrayList<>();
        curve.add(new RocPoint(0, 0));
        long truePositives = 0;
        long falsePositives = 0;
        // U counts, over all (bullish, bearish) pairs, 1 when the bullish one scores higher and
        // 1/2 when they tie; it is accumulated twice over to stay in integers.
        long twiceU = 0;
        int start = 0;
        while (start < n) {
            float threshold = scores[order[start]];
            int end = start;
            long groupPositives = 0;
            long groupNegatives = 0;
            while (end < n && scores[order[end]] == threshold) {
                if (bullish[order[end]]) {
                    groupPositives++;
                } else {
                    groupNegatives++;
                }
                end++;
            }
            // Bearish messages in this group are outranked by every bullish one above them and
            // tie with the bullish ones beside them.
            twiceU += groupNegatives * (2 * truePositives + groupPositives);
            truePositives += groupPositives;
            falsePositives += groupNegatives;
            curve.add(
                    new RocPoint(
                            (double) falsePositives / negatives,
                            (double) truePositives / positives));
            start = end;
        }
        double auc = twiceU / (2.0 * positives * negatives);
        return new RankSummary(auc, Collections.unmodifiableList(curve));
    }

    /**
     * The number of messages evaluated.
     *
     * @return the count, at least 1
     */
    public int count() {
        return probabilities.length;
    }

    /**
     * The temperature the logits were divided by.
     *
     * @return the temperature, above 0
     */
    public double temperature() {
        return temperature;
    }

    /**
     * The fraction of messages whose predicted label is the true one.
     *
     * @return the accuracy, in [0, 1]
     */
    public double accuracy() {
        return (double) (truePositives + trueNegatives) / count();
    }

    /**
     * The number of bullish messages predicted bullish.
     *
     * @return the true positives
     */
    public int truePositives() {
        return truePositives;
    }

    /**
     * The number of bearish messages predicted bullish.
     *
     * @return the false positives
     */
    public int falsePositives() {
        return falsePositives;
    }

    /**
     * The number of bearish messages predicted bearish.
     *
     * @return the true negatives
     */
    public int trueNegatives() {
        return trueNegatives;
    }

    /**
     * The number of bullish messages predicted bearish.
     *
     * @return the false negatives
     */
    public int falseNegatives() {
        return falseNegatives;
    }

    /**
     * The number of messages truly of a class.
     *
     * @param bullishClass {@code true} for bullish, {@code false} for bearish
     * @return how many messages have that true label
     */
    public int support(boolean bullishClass) {
        return bullishClass ? truePositives + falseNegatives : trueNegatives + falsePositives;
    }

    /**
     * The precision of one class, that class taken as the positive one: of the messages predicted
     * to be of the class, the fraction that truly are.
     *
     * @param bullishClass {@code true} for bullish, {@code false} for bearish
     * @return the precision, in [0, 1]; 0 when no message is predicted to be of the class
     */
    public double precision(boolean bullishClass) {
        int hits = bullishClass ? truePositives : trueNegatives;
        int predicted =
                bullishClass ? truePositives + falsePositives : trueNegatives + falseNegatives;
        return predicted == 0 ? 0 : (double) hits / predicted;
    }

    /**
     * The recall of one class, that class taken as the positive one: of the messages truly of the
     * class, the fraction predicted to be.
     *
     * @param bullishClass {@code true} for bullish, {@code false} for bearish
     * @return the recall, in [0, 1]; 0 when no message is truly of the class
     */
    public double recall(boolean bullishClass) {
        int hits = bullishClass ? truePositives : trueNegatives;
        int actual = support(bullishClass);
        return actual == 0 ? 0 : (double) hits / actual;
    }

    /**
     * The F1 score of one class: the harmonic mean of its precision and recall.
     *
     * @param bullishClass {@code true} for bullish, {@code false} for bearish
     * @return the F1 score, in [0, 1]; 0 when precision and recall are both 0
     */
    public double f1(boolean bullishClass) {
        double p = precision(bullishClass);
        double r = recall(bullishClass);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * The area under the ROC curve: the probability that a random bullish message has a higher
     * logit than a random bearish one, ties counting half (the Mann-Whitney statistic divided by
     * the number of pairs). Exact, threshold-free and independent of the temperature.
     *
     * @return the AUC, in [0, 1]; {@code NaN} when the split holds only one class
     */
    public double rocAuc() {
        return rocAuc;
    }

    /**
     * The ROC curve: one point after each distinct logit, taken from the highest down as the
     * threshold for predicting bullish, preceded by (0, 0). The last point is (1, 1); the
     * trapezoidal area under the points equals {@link #rocAuc()}. When the split holds only one
     * class, the curve is the diagonal from (0, 0) to (1, 1).
     *
     * @return the points, in order of rising rates; unmodifiable
     */
    public List<RocPoint> rocCurve() {
        return rocCurve;
    }

    /**
     * The {@value #CALIBRATION_BINS} equal-width bins of bullish probability, [0, 0.1) to [0.9,
     * 1.0], with the count, mean predicted probability and observed bullish fraction of each.
     *
     * @return the bins, from the lowest; unmodifiable
     */
    public List<ReliabilityBin> reliabilityBins() {
        return reliabilityBins;
    }

    /**
     * The expected calibration error over {@link #reliabilityBins()}: the sum over the bins of
     * {@code (n_bin / N) * |mean predicted bullish probability - observed bullish fraction|}.
     *
     * @return the ECE, in [0, 1]
     */
    public double expectedCalibrationError() {
        return expectedCalibrationError;
    }

    /**
     * The Brier score: the mean squared difference between the bullish probability and the label (1
     * for bullish, 0 for bearish).
     *
     * @return the Brier score, in [0, 1]
     */
    public double brierScore() {
        return brierScore;
    }

    /**
     * The mean negative log-likelihood of the true labels, with probabilities clipped to {@code
     * [1e-7, 1 - 1e-7]}.
     *
     * @return the log loss, in nats, at least 0
     */
    public double logLoss() {
        return logLoss;
    }

    /**
     * The bullish probability of each message, in input order.
     *
     * @return a new copy of the probabilities
     */
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * The scalar metrics, the confusion matrix and the per-class precision, recall, F1 and support,
     * as nested maps in a fixed order, for writing as JSON. The ROC AUC is {@code NaN} when the
     * split holds only one class.
     *
     * @return an unmodifiable map, keys in insertion order
     */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("count", count());
        map.put("temperature", temperature);
        map.put("accuracy", accuracy());
        map.put("rocAuc", rocAuc);
        map.put("expectedCalibrationError", expectedCalibrationError);
        map.put("brierScore", brierScore);
        map.put("logLoss", logLoss);
        Map<String, Object> confusion = new LinkedHashMap<>();
        confusion.put("truePositives", truePositives);
        confusion.put("falsePositives", falsePositives);
        confusion.put("trueNegatives", trueNegatives);
        confusion.put("falseNegatives", falseNegatives);
        map.put("confusionMatrix", Collections.unmodifiableMap(confusion));
        map.put("bullish", classMap(true));
        map.put("bearish", classMap(false));
        return Collections.unmodifiableMap(map);
    }

    private Map<String, Object> classMap(boolean bullishClass) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("precision", precision(bullishClass));
        map.put("recall", recall(bullishClass));
        map.put("f1", f1(bullishClass));
        map.put("support", support(bullishClass));
        return Collections.unmodifiableMap(map);
    }

    /**
     * A one-line summary for logs.
     *
     * @return the count, temperature and main metrics
     */
    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "BinaryEvaluation[n=%d, T=%.4f, accuracy=%.4f, auc=%.4f, ece=%.4f, brier=%.4f,"
                        + " logLoss=%.4f]",
                count(),
                temperature,
                accuracy(),
                rocAuc,
                expectedCalibrationError,
                brierScore,
                logLoss);
    }
}
