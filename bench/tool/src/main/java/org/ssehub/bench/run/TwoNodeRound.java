package org.ssehub.bench.run;

import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.SpreadResult;

/**
 * One round of scenario E: the one-node hub (C's settings, then B) and the two-node deployment (the same
 * latency run spread over both nodes, then B split over them), each on a fresh set of processes.
 */
final class TwoNodeRound {

    SpreadResult single;
    SpreadResult pair;
    final List<FanOutResult> singleFanOut = new ArrayList<>();
    final List<FanOutResult> pairFanOut = new ArrayList<>();

    FanOutResult fanOut(List<FanOutResult> results, int subscribers) {
        return results.stream().filter(f -> f.subscribers() == subscribers).findFirst().orElse(null);
    }

    /** CPU seconds per million delivered events, one node then two, over the rates both passed. */
    CpuPerEvent cpu(int subscribers) {
        FanOutResult one = fanOut(singleFanOut, subscribers);
        FanOutResult two = fanOut(pairFanOut, subscribers);
        return one == null || two == null ? null : CpuPerEvent.overCommonSteps(one.steps(), two.steps());
    }
}
