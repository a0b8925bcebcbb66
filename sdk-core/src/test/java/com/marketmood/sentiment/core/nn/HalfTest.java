package com.marketmood.sentiment.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HalfTest {

    private static float roundTrip(float v) {
        return Half.toFloat(Half.fromFloat(v));
    }

    @Test
    void exactValuesSurvive() {
        for (float v : new float[] {0f, -0f, 1f, -2.5f, 0.5f, 65504f, -65504f, 6.1035156e-5f}) {
            assertEquals(v, roundTrip(v), 0f, Float.toString(v));
        }
        assertEquals(0x3C00, Half.fromFloat(1f));
        assertEquals((short) 0xC100, Half.fromFloat(-2.5f));
    }

    @Test
    void subnormalsAndOverflow() {
        float smallest = 5.9604645e-8f; // 2^-24
        assertEquals(smallest, roundTrip(smallest), 0f);
        assertEquals(0f, roundTrip(smallest / 4), 0f);
        assertEquals(Float.POSITIVE_INFINITY, roundTrip(1e6f), 0f);
        assertTrue(Float.isNaN(roundTrip(Float.NaN)));
    }

    @Test
    void tiesRoundToEven() {
        // 1 + 2^-11 lies halfway between 1 and the next half, 1 + 2^-10: even is 1.
        assertEquals(1f, roundTrip(1f + 0x1p-11f), 0f);
        // 1 + 3 * 2^-11 lies halfway between 1 + 2^-10 and 1 + 2^-9: even is 1 + 2^-9.
        assertEquals(1f + 0x1p-9f, roundTrip(1f + 3 * 0x1p-11f), 0f);
    }

    @Test
    void roundTripErrorIsWithinHalfAnUlp() {
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            float v = (float) (random.nextGaussian() * 3);
            float r = roundTrip(v);
            float tolerance = Math.abs(v) >= 6.1035156e-5f ? Math.abs(v) * 0x1p-11f : 0x1p-25f;
            assertTrue(Math.abs(r - v) <= tolerance, v + " became " + r);
        }
    }
}
