package com.marketmood.sentiment.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TemperatureScalingTest {

    private static final int N = 20_000;

    /** Logits z ~ N(0, 3^2), labels drawn as Bernoulli(sigmoid(z / trueTemperature)). */
    private static Object[] sample(long seed, double trueTemperature) {
        Random random = new Random(seed);
        float[] logits = new float[N];
        boolean[] labels = new boolean[N];
        for (int i = 0; i < N; i++) {
            logits[i] = (float) (3 * random.nextGaussian());
            labels[i] = random.nextDouble() < BinaryEvaluation.sigmoid(logits[i] / trueTemperature);
        }
        return new Object[] {logits, labels};
    }

    @Test
    void recoversTheTemperatureOfAnOverconfidentModel() {
        Object[] data = sample(20240611L, 2);
        float[] logits = (float[]) data[0];
        boolean[] labels = (boolean[]) data[1];
        double t = TemperatureScaling.fit(logits, labels);
        assertEquals(2.0, t, 0.1);
        double before = TemperatureScaling.negativeLogLikelihood(logits, labels, 1);
        double after = TemperatureScaling.negativeLogLikelihood(logits, labels, t);
        assertTrue(after < before, after + " should be below " + before);
        assertTrue(
                BinaryEvaluation.of(logits, labels, t).logLoss()
                        < BinaryEvaluation.of(logits, labels, 1).logLoss());
        assertTrue(
                BinaryEvaluation.of(logits, labels, t).expectedCalibrationError()
                        < BinaryEvaluation.of(logits, labels, 1).expectedCalibrationError());
    }

    @Test
    void recoversTheTemperatureOfAnUnderconfidentModel() {
        Object[] data = sample(7L, 0.5);
        double t = TemperatureScaling.fit((float[]) data[0], (boolean[]) data[1]);
        assertEquals(0.5, t, 0.05);
    }

    @Test
    void theFitIsAMinimumAndDeterministic() {
        Object[] data = sample(99L, 1.5);
        float[] logits = (float[]) data[0];
        boolean[] labels = (boolean[]) data[1];
        double t = TemperatureScaling.fit(logits, labels);
        assertEquals(t, TemperatureScaling.fit(logits, labels));
        double at = TemperatureScaling.negativeLogLikelihood(logits, labels, t);
        assertTrue(at <= TemperatureScaling.negativeLogLikelihood(logits, labels, t * 1.01));
        assertTrue(at <= TemperatureScaling.negativeLogLikelihood(logits, labels, t / 1.01));
    }

    @Test
    void separableDataPushesTheTemperatureToTheLowerBound() {
        float[] logits = {-2, -1, 1, 2};
        boolean[] labels = {false, false, true, true};
        assertEquals(
                TemperatureScaling.MIN_TEMPERATURE, TemperatureScaling.fit(logits, labels), 1e-4);
    }

    @Test
    void allZeroLogitsKeepTemperatureOne() {
        assertEquals(
                1.0,
                TemperatureScaling.fit(new float[] {0, 0, 0}, new boolean[] {true, false, true}));
    }

    @Test
    void negativeLogLikelihoodOfAHandCase() {
        // -ln sigmoid(0) = ln 2; -ln(1 - sigmoid(2 / 2)) = ln(1 + e).
        assertEquals(
                (Math.log(2) + Math.log(1 + Math.E)) / 2,
                TemperatureScaling.negativeLogLikelihood(
                        new float[] {0, 2}, new boolean[] {true, false}, 2),
                1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertThrows(
                IllegalArgumentException.class,
                () -> TemperatureScaling.fit(new float[] {1}, new boolean[] {true, false}));
        assertThrows(
                IllegalArgumentException.class,
                () -> TemperatureScaling.fit(new float[0], new boolean[0]));
        assertThrows(
                IllegalArgumentException.class,
                () -> TemperatureScaling.fit(new float[] {Float.NaN}, new boolean[] {true}));
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        TemperatureScaling.negativeLogLikelihood(
                                new float[] {1}, new boolean[] {true}, 0));
    }
}
