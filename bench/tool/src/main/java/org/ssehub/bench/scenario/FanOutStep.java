package org.ssehub.bench.scenario;

/**
 * One rate step of scenario B. Passes with at least 99.9 % of the expected deliveries and p99 under 1 s.
 * {@code deliveredPerSecond} is deliveries over the step's publishing time; {@code serverCpuSeconds} the CPU
 * time every server process of the deployment used during it (all nodes and Redis).
 */
public record FanOutStep(int subscribers, double requestedPublishRate, double achievedPublishRate, long published,
        long expected, long delivered, double deliveredPerSecond, Latencies latency, double serverCpuPercent,
        double serverCpuSeconds, double clientCpuPercent, boolean passed) {

    static final double MIN_DELIVERED = 0.999;
    static final long MAX_P99_MICROS = 1_000_000;

    static boolean passes(long expected, long delivered, Latencies latency) {
        return expected > 0 && delivered >= MIN_DELIVERED * expected && latency.p99() < MAX_P99_MICROS;
    }
}
