package org.ssehub.bench.load;

/**
 * Latency histogram in microseconds with log-linear buckets (exact below 64 us, then 32 buckets per
 * power of two, so about 3 % relative precision). Not thread-safe: one per recording thread, merged.
 */
public final class LatencyHistogram {

    private static final int SUB_BITS = 6;
    private static final int SUB = 1 << SUB_BITS;
    private static final int HALF = SUB / 2;
    private static final int BUCKETS = SUB + (64 - SUB_BITS) * HALF;

    private final long[] counts = new long[BUCKETS];
    private long total;
    private long max;

    public void record(long micros) {
        long v = Math.max(0, micros);
        counts[index(v)]++;
        total++;
        if (v > max) {
            max = v;
        }
    }

    public void add(LatencyHistogram other) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += other.counts[i];
        }
        total += other.total;
        max = Math.max(max, other.max);
    }

    public long count() {
        return total;
    }

    public long maxMicros() {
        return max;
    }

    /** The smallest bucket bound at or above {@code percentile} % of the values (capped at the max seen); 0 when empty. */
    public long percentileMicros(double percentile) {
        if (total == 0) {
            return 0;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(upperBound(i), max);
            }
        }
        return max;
    }

    static int index(long v) {
        if (v < SUB) {
            return (int) v;
        }
        int shift = 63 - Long.numberOfLeadingZeros(v) - SUB_BITS + 1;
        int sub = (int) (v >>> shift);
        return SUB + (shift - 1) * HALF + (sub - HALF);
    }

    static long upperBound(int index) {
        if (index < SUB) {
            return index;
        }
        int shift = (index - SUB) / HALF + 1;
        long sub = (index - SUB) % HALF + HALF;
        return ((sub + 1) << shift) - 1;
    }
}
