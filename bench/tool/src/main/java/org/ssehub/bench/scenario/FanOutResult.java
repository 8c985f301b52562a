package org.ssehub.bench.scenario;

import java.util.List;

/**
 * Scenario B for one subscriber count: the steps run, the best passing step's delivered events/s and what
 * ended the ladder ({@code delivery}, {@code latency}, {@code publish rate} when the server did not take
 * the publishes at the asked rate over the publisher's keep-alive connections, or {@code ladder} when the
 * top step passed).
 */
public record FanOutResult(int subscribers, int connected, List<FanOutStep> steps, double maxSustained,
        String limitedBy) {
}
