package org.ssehub.bench.scenario;

/**
 * One window of a steady run: events published in it, what the healthy subscribers should and did receive
 * of them (whenever they arrived), their latency, and the server's RSS, CPU and cut-off stalled clients at
 * the window's end.
 */
public record WindowResult(int window, long published, long expected, long delivered, Latencies latency,
        long serverRssKiB, double serverCpuPercent, int stalledCutOff) {

    public double deliveredRatio() {
        return expected == 0 ? 0 : (double) delivered / expected;
    }
}
