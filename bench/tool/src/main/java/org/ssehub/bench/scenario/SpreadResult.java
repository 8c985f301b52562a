package org.ssehub.bench.scenario;

import java.util.List;

/**
 * Result of a {@link SpreadLatencyScenario}: each node's figures, events accepted in the measured windows,
 * and the CPU time every server process of the deployment used over them.
 */
public record SpreadResult(SteadySettings settings, List<NodeLatency> nodes, long published,
        double serverCpuSeconds, double seconds) {

    /** The node farthest from the publisher: the last one (the publishing node itself on one node). */
    public NodeLatency far() {
        return nodes.get(nodes.size() - 1);
    }

    public boolean nothingLost() {
        return nodes.stream().allMatch(n -> n.loss().none() && n.delivered() >= n.expected()
                && n.connected() == n.asked() && n.loss().subscribers() == n.connected());
    }
}
