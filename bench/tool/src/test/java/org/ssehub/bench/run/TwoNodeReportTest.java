package org.ssehub.bench.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssehub.bench.load.Loss;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.FanOutSettings;
import org.ssehub.bench.scenario.FanOutStep;
import org.ssehub.bench.scenario.Latencies;
import org.ssehub.bench.scenario.NodeLatency;
import org.ssehub.bench.scenario.SpreadResult;
import org.ssehub.bench.scenario.SteadySettings;

/** The E section of the report from made-up rounds: medians and the verdict rows, met and missed. */
class TwoNodeReportTest {

    private static final ComparisonOptions OPTIONS = new ComparisonOptions(List.of("hub2"), Set.of('E'),
            Path.of("hub.war"), Path.of("naive.war"), Path.of("tomcat"), Path.of("work"), 2, Set.of(), List.of(),
            FanOutSettings.standard(), SteadySettings.latency(), SteadySettings.stalled(), "",
            new TwoNodeOptions(3, 47080, List.of(47082, 47083), 0, List.of(1000)), EeServers.parse(Map.of()), Floor.parse(Map.of()), 10_000, 2_000, "serial", "64m", "");

    private static NodeLatency node(String name, long p50Micros, long p99Micros, long missing) {
        return new NodeLatency(name, false, 500, 500, 1_500_000, 1_500_000 - missing,
                new Latencies(p50Micros, p50Micros, p99Micros, p99Micros * 2), new Loss(500, missing, 0, missing > 0 ? 1 : 0));
    }

    private static FanOutResult ladder(double cpuSeconds) {
        FanOutStep step = new FanOutStep(1000, 20, 20, 80, 80_000, 80_000, 20_000, new Latencies(1, 1, 1, 1), 50,
                cpuSeconds, 10, true);
        return new FanOutResult(1000, 1000, List.of(step), 20_000, "ladder");
    }

    private static TwoNodeRound round(long farP50, long farP99, long missing, double pairCpu) {
        TwoNodeRound round = new TwoNodeRound();
        round.single = new SpreadResult(SteadySettings.latency(), List.of(node("hub", 10_000, 30_000, 0)), 3000, 30, 30);
        round.pair = new SpreadResult(SteadySettings.latency(),
                List.of(node("node1", 10_500, 31_000, 0), node("node2", farP50, farP99, missing)), 3000, 40, 30);
        round.singleFanOut.add(ladder(0.4));
        round.pairFanOut.add(ladder(pairCpu));
        return round;
    }

    private static String render(List<TwoNodeRound> rounds) {
        TargetReport report = new TargetReport("hub2");
        report.rounds.addAll(rounds);
        StringBuilder out = new StringBuilder();
        TwoNodeReport.render(out, List.of(report), OPTIONS);
        return out.toString();
    }

    @Test
    void mediansMeetTheTargetsDespiteOneSlowRound() {
        String report = render(List.of(round(11_000, 35_000, 0, 0.45), round(40_000, 90_000, 0, 0.9),
                round(11_500, 36_000, 0, 0.46)));

        assertTrue(report.contains("| two nodes, node 2 (far): p50 ms | 11.00 | 40.00 | 11.50 | 11.50 |"), report);
        assertTrue(report.contains("| nothing lost on two nodes (every round, every node) | 0 missing, 0 duplicates"
                + " over 3 complete rounds of 3 | yes |"), report);
        assertTrue(report.contains("| far node p50 at most 2 ms above one node's | +1.50 ms (far node 11.50, one node"
                + " 10.00) | yes |"), report);
        assertTrue(report.contains("| far node p99 at most 10 ms above one node's | +6.00 ms"), report);
        assertTrue(report.contains("two nodes <= 1.25x one node | 1.15x (5.75 vs 5.00 CPU s per M events) | yes |"),
                report);
    }

    @Test
    void oneEventLostInOneRoundAndCostlyNodesAreMissed() {
        String report = render(List.of(round(11_000, 35_000, 1, 0.6), round(14_000, 50_000, 0, 0.6),
                round(13_000, 45_000, 0, 0.6)));

        assertTrue(report.contains("| two nodes, node 2: missing / duplicates (delivered of expected) | 1 / 0"
                + " (1499999 of 1500000) | 0 / 0 (1500000 of 1500000) | 0 / 0 (1500000 of 1500000) | all: 1 / 0 |"),
                report);
        assertTrue(report.contains("1 missing, 0 duplicates over 3 complete rounds of 3 | **no** |"), report);
        assertTrue(report.contains("+3.00 ms (far node 13.00, one node 10.00) | **no** |"), report);
        assertTrue(report.contains("+15.00 ms (far node 45.00, one node 30.00) | **no** |"), report);
        assertTrue(report.contains("1.50x (7.50 vs 5.00 CPU s per M events) | **no** |"), report);
    }

    @Test
    void aNodeWhoseSubscribersCouldNotConnectHasLost() {
        TwoNodeRound round = round(11_000, 35_000, 0, 0.45);
        round.pair = new SpreadResult(SteadySettings.latency(), List.of(round.pair.nodes().get(0),
                new NodeLatency("node2", false, 500, 0, 0, 0, new Latencies(0, 0, 0, 0), Loss.NONE)), 3000, 40, 30);

        assertTrue(render(List.of(round)).contains("0 missing, 0 duplicates over 1 complete rounds of 1 | **no** |"));
    }

    @Test
    void aRoundWithoutItsTwoNodeRunIsNotComplete() {
        TwoNodeRound failed = round(11_000, 35_000, 0, 0.45);
        failed.pair = null;

        String report = render(List.of(failed));

        assertTrue(report.contains("0 missing, 0 duplicates over 0 complete rounds of 1 | **no** |"), report);
        assertTrue(report.contains("| two nodes, node 2 (far): p50 ms | - | - |"), report);
    }
}
