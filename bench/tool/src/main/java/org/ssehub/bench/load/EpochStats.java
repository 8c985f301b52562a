package org.ssehub.bench.load;

/** What the subscribers received of one epoch (a fan-out step or a time window): count and latency. */
public final class EpochStats {

    private long delivered;
    private final LatencyHistogram latency = new LatencyHistogram();

    void record(long latencyMicros) {
        delivered++;
        latency.record(latencyMicros);
    }

    public void add(EpochStats other) {
        delivered += other.delivered;
        latency.add(other.latency);
    }

    public long delivered() {
        return delivered;
    }

    public LatencyHistogram latency() {
        return latency;
    }
}
