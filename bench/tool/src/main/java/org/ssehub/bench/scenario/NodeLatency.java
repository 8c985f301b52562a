package org.ssehub.bench.scenario;

import org.ssehub.bench.load.Loss;

/**
 * What the subscribers of one node received in a {@link SpreadLatencyScenario}: connections (of those asked), expected and
 * delivered events of the measured windows, their latency, and the loss over the whole run (warm-up
 * included) counted by sequence number per subscriber.
 */
public record NodeLatency(String node, boolean publishedHere, int asked, int connected, long expected, long delivered,
        Latencies latency, Loss loss) {
}
