package org.ssehub.bench.run;

import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.BurstResult;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.IdleLevel;
import org.ssehub.bench.scenario.SteadyResult;

/** Everything measured against one server; a scenario not run is null / empty. */
final class TargetReport {

    final String name;
    SteadyResult latency;
    SteadyResult stalled;
    final List<FanOutResult> fanOut = new ArrayList<>();
    final List<IdleLevel> idle = new ArrayList<>();
    /** Scenario F: connects while new subscribers arrive at a fixed rate. */
    BurstResult burst;
    /** Scenario E's rounds (target {@code hub2} only). */
    final List<TwoNodeRound> rounds = new ArrayList<>();
    String error;

    TargetReport(String name) {
        this.name = name;
    }

    FanOutResult fanOut(int subscribers) {
        return fanOut.stream().filter(f -> f.subscribers() == subscribers).findFirst().orElse(null);
    }

    IdleLevel idle(int level) {
        return idle.stream().filter(l -> l.level() == level).findFirst().orElse(null);
    }
}
