package org.ssehub.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatencyHistogramTest {

    @Test
    void percentilesAreWithinThreePercent() {
        LatencyHistogram histogram = new LatencyHistogram();
        for (long v = 1; v <= 100_000; v++) {
            histogram.record(v);
        }
        assertEquals(100_000, histogram.count());
        assertEquals(100_000, histogram.maxMicros());
        assertWithin(50_000, histogram.percentileMicros(50));
        assertWithin(99_000, histogram.percentileMicros(99));
        assertEquals(1, new LatencyHistogramOf(1).percentileMicros(50));
    }

    @Test
    void bucketBoundsCoverEveryValue() {
        for (long v : new long[] {0, 1, 63, 64, 65, 127, 128, 1_000, 123_456_789, Long.MAX_VALUE / 2}) {
            int index = LatencyHistogram.index(v);
            assertTrue(LatencyHistogram.upperBound(index) >= v, "upper bound of " + v);
            assertTrue(index == 0 || LatencyHistogram.upperBound(index - 1) < v, "lower bound of " + v);
        }
    }

    private static void assertWithin(long expected, long actual) {
        assertTrue(Math.abs(actual - expected) <= expected * 0.03, expected + " vs " + actual);
    }

    private static final class LatencyHistogramOf {
        private final LatencyHistogram histogram = new LatencyHistogram();

        LatencyHistogramOf(long value) {
            histogram.record(value);
        }

        long percentileMicros(double p) {
            return histogram.percentileMicros(p);
        }
    }
}
