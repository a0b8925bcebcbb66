package com.marketmood.sentiment.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketmood.sentiment.core.text.MessageEncoder.Encoded;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LengthBucketSamplerTest {

    private static final int[] LENGTHS = {5, 1, 3, 3, 9, 1, 2, 5, 7, 3, 4};

    private static SentimentDataset dataset(LengthBucketSampler sampler) {
        List<Encoded> messages = new ArrayList<>();
        for (int n : LENGTHS) {
            messages.add(new Encoded(new int[n], null));
        }
        return SentimentDataset.builder()
                .setMessages(messages, new boolean[LENGTHS.length], false)
                .setSampling(sampler)
                .build();
    }

    private static List<List<Long>> batches(LengthBucketSampler sampler) {
        List<List<Long>> out = new ArrayList<>();
        Iterator<List<Long>> it = sampler.sample(dataset(sampler));
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyIndexAppearsOnceInBatchesOfSimilarLength() {
        LengthBucketSampler sampler = new LengthBucketSampler(3, LENGTHS, true, 1);
        Set<Long> seen = new HashSet<>();
        for (List<Long> batch : batches(sampler)) {
            assertTrue(batch.size() <= 3);
            for (Long i : batch) {
                assertTrue(seen.add(i), "index " + i + " twice");
            }
        }
        assertEquals(LENGTHS.length, seen.size());
    }

    @Test
    void withoutShuffleBatchesComeInLengthOrder() {
        List<List<Long>> batches = batches(new LengthBucketSampler(4, LENGTHS, false, 1));
        assertEquals(List.of(1L, 5L, 6L, 2L), batches.get(0));
        assertEquals(List.of(4L), batches.get(2).subList(2, 3));
    }

    @Test
    void sameSeedSameOrderAndEachPassDiffers() {
        LengthBucketSampler a = new LengthBucketSampler(2, LENGTHS, true, 9);
        LengthBucketSampler b = new LengthBucketSampler(2, LENGTHS, true, 9);
        List<List<Long>> first = batches(a);
        assertEquals(first, batches(b));
        assertNotEquals(first, batches(a));
    }
}
