package org.ssehub.bench.scenario;

import org.ssehub.bench.load.LatencyHistogram;

/** Delivery latency percentiles in microseconds. */
public record Latencies(long p50, long p90, long p99, long max) {

    static Latencies of(LatencyHistogram histogram) {
        return new Latencies(histogram.percentileMicros(50), histogram.percentileMicros(90),
                histogram.percentileMicros(99), histogram.maxMicros());
    }
}
