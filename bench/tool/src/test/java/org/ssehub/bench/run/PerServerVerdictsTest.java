package org.ssehub.bench.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ssehub.bench.scenario.BurstResult;
import org.ssehub.bench.scenario.FanOutSettings;
import org.ssehub.bench.scenario.IdleLevel;
import org.ssehub.bench.scenario.Latencies;
import org.ssehub.bench.scenario.SteadySettings;

/** Issue 13's per-server targets, judged on the figures each server measured in the run. */
class PerServerVerdictsTest {

    private static final ComparisonOptions OPTIONS = new ComparisonOptions(List.of("hub", "hub-payara"), Set.of('A', 'F'),
            Path.of("hub.war"), Path.of("naive.war"), Path.of("tomcat"), Path.of("work"), 2, Set.of(), List.of(10_000),
            FanOutSettings.standard(), SteadySettings.latency(), SteadySettings.stalled(), "",
            new TwoNodeOptions(1, 47080, List.of(47082, 47083), 0, List.of(1000)), EeServers.parse(Map.of()), Floor.parse(Map.of()), 10_000, 2_000, "serial", "64m", "");

    private static TargetReport server(String name, long connectP99Micros, int made, double kibPerConnection) {
        TargetReport report = new TargetReport(name);
        report.burst = new BurstResult(10_000, 2_000, made, 10_000 - made,
                new Latencies(connectP99Micros / 4, connectP99Micros / 2, connectP99Micros, connectP99Micros * 2));
        long baseline = 100_000;
        report.idle.add(new IdleLevel(10_000, 10_000, 10_000, 0, 10_000, baseline + Math.round(kibPerConnection * 10_000),
                baseline, 10_050));
        return report;
    }

    @Test
    void eachServerIsJudgedOnItsOwnFigures() {
        StringBuilder out = new StringBuilder();
        new TargetVerdicts(List.of(server("hub", 140_000, 10_000, 99.9), server("hub-payara", 1_300_000, 10_000, 37.9)),
                OPTIONS).render(out);
        String table = out.toString();
        assertTrue(table.contains("| hub: F connect p99 < 500 ms, every arrival made | p99 140.0 ms, made 10000 of 10000 | yes |"), table);
        assertTrue(table.contains("| hub-payara: F connect p99 < 500 ms, every arrival made | p99 1300.0 ms, made 10000 of 10000 | **no** |"), table);
        assertTrue(table.contains("| hub: A RSS per connection at 10k <= 90 KiB | 99.9 KiB | **no** |"), table);
        assertFalse(table.contains("hub-payara: A RSS per connection at 10k <= 90 KiB"), "Payara is held to the cheapest server's target");
        assertTrue(table.contains("| cheapest server (hub-payara): A RSS per connection at 10k <= 20 KiB | 37.9 KiB | **no** |"), table);
    }

    @Test
    void aBurstWithFailedArrivalsMissesTheTargetWhateverItsLatency() {
        StringBuilder out = new StringBuilder();
        new TargetVerdicts(List.of(server("hub", 100_000, 9_990, 80)), OPTIONS).render(out);
        assertTrue(out.toString().contains("| hub: F connect p99 < 500 ms, every arrival made | p99 100.0 ms, made 9990 of 10000 | **no** |"),
                out.toString());
        assertTrue(out.toString().contains("| hub: A RSS per connection at 10k <= 90 KiB | 80.0 KiB | yes |"), out.toString());
    }
}
