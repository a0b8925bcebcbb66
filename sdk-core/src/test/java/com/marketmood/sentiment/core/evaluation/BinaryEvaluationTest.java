package com.marketmood.sentiment.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BinaryEvaluationTest {

    private static final double EXACT = 1e-12;

    /*
     * Logits 3, 2, 1, 0.5 are predicted bullish; -1, -2, -3 bearish.
     * Labels  T, T, F, F  |  T, F, F
     * TP = 2, FP = 2, FN = 1, TN = 2; accuracy 4/7.
     * Bullish: precision 2/4, recall 2/3, F1 = 2 * (1/2) * (2/3) / (7/6) = 4/7.
     * Bearish: precision 2/3, recall 2/4, F1 = 4/7.
     * Bullish logits {3, 2, -1} against bearish {1, 0.5, -2, -3}: 4 + 4 + 2 = 10 of 12 pairs
     * ordered, AUC 5/6.
     */
    private static final float[] SMALL_LOGITS = {3, 2, 1, 0.5f, -1, -2, -3};
    private static final boolean[] SMALL_LABELS = {true, true, false, false, true, false, false};

    @Test
    void confusionMatrixAndPerClassMetricsOfASmallCase() {
        BinaryEvaluation e = BinaryEvaluation.of(SMALL_LOGITS, SMALL_LABELS, 1);
        assertAll(
                () -> assertEquals(7, e.count()),
                () -> assertEquals(2, e.truePositives()),
                () -> assertEquals(2, e.falsePositives()),
                () -> assertEquals(2, e.trueNegatives()),
                () -> assertEquals(1, e.falseNegatives()),
                () -> assertEquals(4.0 / 7, e.accuracy(), EXACT),
                () -> assertEquals(0.5, e.precision(true), EXACT),
                () -> assertEquals(2.0 / 3, e.recall(true), EXACT),
                () -> assertEquals(4.0 / 7, e.f1(true), EXACT),
                () -> assertEquals(2.0 / 3, e.precision(false), EXACT),
                () -> assertEquals(0.5, e.recall(false), EXACT),
                () -> assertEquals(4.0 / 7, e.f1(false), EXACT),
                () -> assertEquals(3, e.support(true)),
                () -> assertEquals(4, e.support(false)),
                () -> assertEquals(5.0 / 6, e.rocAuc(), EXACT),
                () -> assertEquals(1.0, e.temperature()));
    }

    @Test
    void aLogitOfZeroIsPredictedBullish() {
        BinaryEvaluation e =
                BinaryEvaluation.of(new float[] {0f, -0f}, new boolean[] {false, true}, 1);
        assertEquals(1, e.falsePositives());
        assertEquals(1, e.truePositives());
    }

    @Test
    void undefinedPrecisionRecallAndF1AreZero() {
        // Everything predicted bearish, everything truly bearish: no bullish prediction, no
        // bullish message.
        BinaryEvaluation e =
                BinaryEvaluation.of(new float[] {-1, -2}, new boolean[] {false, false}, 1);
        assertEquals(0.0, e.precision(true));
        assertEquals(0.0, e.recall(true));
        assertEquals(0.0, e.f1(true));
        assertEquals(1.0, e.precision(false));
        assertEquals(1.0, e.recall(false));
        assertEquals(1.0, e.f1(false));
        assertTrue(Double.isNaN(e.rocAuc()), "AUC with one class");
        assertEquals(List.of(new RocPoint(0, 0), new RocPoint(1, 1)), e.rocCurve());
    }

    @Test
    void temperatureChangesProbabilitiesButNotLabelsOrAuc() {
        BinaryEvaluation raw = BinaryEvaluation.of(SMALL_LOGITS, SMALL_LABELS, 1);
        BinaryEvaluation hot = BinaryEvaluation.of(SMALL_LOGITS, SMALL_LABELS, 3);
        BinaryEvaluation cold = BinaryEvaluation.of(SMALL_LOGITS, SMALL_LABELS, 0.1);
        for (BinaryEvaluation e : List.of(hot, cold)) {
            assertEquals(raw.truePositives(), e.truePositives());
            assertEquals(raw.trueNegatives(), e.trueNegatives());
            assertEquals(raw.accuracy(), e.accuracy());
            assertEquals(raw.rocAuc(), e.rocAuc());
            assertEquals(raw.rocCurve(), e.rocCurve());
        }
        // sigmoid(3 / 3) = sigmoid(1)
        assertEquals(0.7310585786300049, hot.probabilities()[0], EXACT);
        assertTrue(raw.brierScore() != hot.brierScore());
    }

    @Test
    void aucIsOneWhenPerfectlySeparatedAndZeroWhenReversed() {
        float[] logits = {-2, -1, 1, 2};
        assertEquals(
                1.0,
                BinaryEvaluation.of(logits, new boolean[] {false, false, true, true}, 1).rocAuc());
        assertEquals(
                0.0,
                BinaryEvaluation.of(logits, new boolean[] {true, true, false, false}, 1).rocAuc());
        // Separated, but on one side of 0: the AUC does not care about the threshold.
        assertEquals(
                1.0,
                BinaryEvaluation.of(new float[] {-9, -8, -7}, new boolean[] {false, true, true}, 1)
                        .rocAuc());
    }

    @Test
    void aucIsOneHalfWhenAllLogitsAreEqual() {
        BinaryEvaluation e =
                BinaryEvaluation.of(
                        new float[] {0.3f, 0.3f, 0.3f, 0.3f, 0.3f},
                        new boolean[] {true, false, false, true, false},
                        1);
        assertEquals(0.5, e.rocAuc(), EXACT);
        assertEquals(List.of(new RocPoint(0, 0), new RocPoint(1, 1)), e.rocCurve());
    }

    @Test
    void aucCountsTiesHalfAndMatchesTheAreaUnderTheCurve() {
        // Bullish {2, 1}, bearish {1, 0}: pairs (2,1) 1, (2,0) 1, (1,1) 1/2, (1,0) 1: 3.5 / 4.
        BinaryEvaluation e =
                BinaryEvaluation.of(
                        new float[] {1, 2, 0, 1}, new boolean[] {false, true, false, true}, 1);
        assertEquals(0.875, e.rocAuc(), EXACT);
        assertEquals(
                List.of(
                        new RocPoint(0, 0),
                        new RocPoint(0, 0.5),
                        new RocPoint(0.5, 1),
                        new RocPoint(1, 1)),
                e.rocCurve());
        assertEquals(e.rocAuc(), trapezoid(e.rocCurve()), EXACT);
    }

    @Test
    void rocCurveRunsFromOriginToOneOnePointPerThreshold() {
        BinaryEvaluation e = BinaryEvaluation.of(SMALL_LOGITS, SMALL_LABELS, 1);
        List<RocPoint> curve = e.rocCurve();
        assertEquals(SMALL_LOGITS.length + 1, curve.size());
        assertEquals(new RocPoint(0, 0), curve.get(0));
        assertEquals(new RocPoint(1, 1), curve.get(curve.size() - 1));
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.get(i).falsePositiveRate() >= curve.get(i - 1).falsePositiveRate());
            assertTrue(curve.get(i).truePositiveRate() >= curve.get(i - 1).truePositiveRate());
        }
        assertEquals(e.rocAuc(), trapezoid(curve), EXACT);
    }

    @Test
    void eceOfAPerfectlyCalibratedCaseIsZero() {
        // Four messages at p = 1/4 with one bullish, four at p = 3/4 with three bullish.
        float low = (float) Math.log(1.0 / 3);
        float high = (float) Math.log(3);
        BinaryEvaluation e =
                BinaryEvaluation.of(
                        new float[] {low, low, low, low, high, high, high, high},
                        new boolean[] {true, false, false, false, true, true, true, false},
                        1);
        assertEquals(0.0, e.expectedCalibrationError(), 1e-6);
        assertEquals(4, e.reliabilityBins().get(2).count());
        assertEquals(4, e.reliabilityBins().get(7).count());
        assertEquals(0.25, e.reliabilityBins().get(2).observedFraction(), EXACT);
        assertEquals(0.75, e.reliabilityBins().get(7).meanPredicted(), 1e-6);
    }

    @Test
    void eceBrierAndLogLossOfAMiscalibratedCase() {
        // Four messages at p = 0.5 (bin [0.5, 0.6)), three bullish: gap 0.25.
        // Four at p = sigmoid(10) = 0.9999546021 (bin [0.9, 1.0]), two bullish: gap 0.4999546021.
        // ECE = 4/8 * 0.25 + 4/8 * 0.4999546021 = 0.37497730105.
        float[] logits = {0, 0, 0, 0, 10, 10, 10, 10};
        boolean[] labels = {true, true, true, false, true, true, false, false};
        BinaryEvaluation e = BinaryEvaluation.of(logits, labels, 1);
        assertEquals(0.37497730105, e.expectedCalibrationError(), 1e-10);

        List<ReliabilityBin> bins = e.reliabilityBins();
        assertEquals(10, bins.size());
        for (int b = 0; b < 10; b++) {
            assertEquals(b / 10.0, bins.get(b).lower(), EXACT);
            assertEquals(b == 5 || b == 9 ? 4 : 0, bins.get(b).count(), "bin " + b);
        }
        assertTrue(Double.isNaN(bins.get(0).meanPredicted()));
        assertEquals(0.5, bins.get(5).meanPredicted(), EXACT);
        assertEquals(0.75, bins.get(5).observedFraction(), EXACT);
        assertEquals(0.5, bins.get(9).observedFraction(), EXACT);

        double s = 0.9999546021312976; // sigmoid(10)
        // Brier: 3 * 0.25 + 0.25 + 2 (1 - s)^2 + 2 s^2, over 8.
        assertEquals((1 + 2 * (1 - s) * (1 - s) + 2 * s * s) / 8, e.brierScore(), 1e-12);
        // Log loss: 4 ln 2 + 2 (-ln s) + 2 (-ln(1 - s)), over 8, about 2.8465963.
        assertEquals(
                (4 * Math.log(2) - 2 * Math.log(s) - 2 * Math.log(1 - s)) / 8, e.logLoss(), 1e-9);
        assertEquals(2.8465963, e.logLoss(), 1e-6);
    }

    @Test
    void logLossClipsProbabilities() {
        // sigmoid(40) rounds to 1; clipped to 1 - 1e-7, a bearish label costs -ln(1e-7).
        BinaryEvaluation e = BinaryEvaluation.of(new float[] {40}, new boolean[] {false}, 1);
        assertEquals(16.11809565095832, e.logLoss(), 1e-6);
        assertEquals(1.0, e.brierScore(), 1e-12);
    }

    @Test
    void binsFollowTheEdgesAsWritten() {
        assertEquals(0, BinaryEvaluation.binOf(0.0));
        assertEquals(0, BinaryEvaluation.binOf(Math.nextDown(0.1)));
        assertEquals(1, BinaryEvaluation.binOf(0.1));
        assertEquals(3, BinaryEvaluation.binOf(0.3));
        assertEquals(6, BinaryEvaluation.binOf(Math.nextDown(0.7)));
        assertEquals(7, BinaryEvaluation.binOf(0.7));
        assertEquals(9, BinaryEvaluation.binOf(0.95));
        assertEquals(9, BinaryEvaluation.binOf(1.0));
    }

    @Test
    void probabilitiesAreADefensiveCopy() {
        BinaryEvaluation e = BinaryEvaluation.of(new float[] {0, 2}, new boolean[] {true, true}, 2);
        double[] p = e.probabilities();
        assertEquals(0.5, p[0]);
        assertEquals(0.7310585786300049, p[1], EXACT);
        p[0] = 42;
        assertEquals(0.5, e.probabilities()[0]);
    }

    @Test
    void toMapHoldsTheMetrics() {
        BinaryEvaluation e = BinaryEvaluation.of(SMALL_LOGITS, SMALL_LABELS, 1);
        Map<String, Object> map = e.toMap();
        assertEquals(e.accuracy(), map.get("accuracy"));
        assertEquals(e.rocAuc(), map.get("rocAuc"));
        assertEquals(e.expectedCalibrationError(), map.get("expectedCalibrationError"));
        assertEquals(e.brierScore(), map.get("brierScore"));
        assertEquals(e.logLoss(), map.get("logLoss"));
        assertEquals(7, map.get("count"));
        assertEquals(2, ((Map<?, ?>) map.get("confusionMatrix")).get("truePositives"));
        assertEquals(1, ((Map<?, ?>) map.get("confusionMatrix")).get("falseNegatives"));
        assertEquals(0.5, ((Map<?, ?>) map.get("bullish")).get("precision"));
        assertEquals(0.5, ((Map<?, ?>) map.get("bearish")).get("recall"));
        assertThrows(UnsupportedOperationException.class, () -> map.put("x", 1));
    }

    @Test
    void rejectsBadInput() {
        boolean[] one = {true};
        assertAll(
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> BinaryEvaluation.of(new float[] {1, 2}, one, 1)),
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> BinaryEvaluation.of(new float[0], new boolean[0], 1)),
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> BinaryEvaluation.of(new float[] {Float.NaN}, one, 1)),
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () ->
                                        BinaryEvaluation.of(
                                                new float[] {Float.POSITIVE_INFINITY}, one, 1)),
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> BinaryEvaluation.of(new float[] {1}, one, 0)),
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> BinaryEvaluation.of(new float[] {1}, one, -1)),
                () ->
                        assertThrows(
                                IllegalArgumentException.class,
                                () -> BinaryEvaluation.of(new float[] {1}, one, Double.NaN)),
                () ->
                        assertThrows(
                                NullPointerException.class,
                                () -> BinaryEvaluation.of(null, one, 1)));
    }

    private static double trapezoid(List<RocPoint> curve) {
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            RocPoint a = curve.get(i - 1);
            RocPoint b = curve.get(i);
            area +=
                    (b.falsePositiveRate() - a.falsePositiveRate())
                            * (a.truePositiveRate() + b.truePositiveRate())
                            / 2;
        }
        return area;
    }
}
