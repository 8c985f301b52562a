package org.ssehub.bench.run;

import java.io.PrintStream;
import java.util.List;
import org.ssehub.bench.scenario.Deployment;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.FanOutScenario;
import org.ssehub.bench.scenario.SpreadLatencyScenario;
import org.ssehub.bench.scenario.SpreadResult;

/**
 * Scenario E (target {@code hub2}), {@code repeat} rounds: each starts the one-node hub, runs the latency
 * run with C's settings and the fan-out ladders, stops it; then starts two nodes on a fresh Redis and runs
 * the same latency run spread over both nodes (published on node 1) and the same ladders with the
 * subscribers split over them, and stops them. The report takes the rounds' medians.
 */
final class TwoNodeRun {

    static final String TARGET = "hub2";

    /** How the comparison starts a server, runs scenarios on it and stops it. */
    interface Servers {
        void withServer(String name, TargetReport report, Comparison.ScenarioRun scenarios)
                throws InterruptedException;
    }

    private final ComparisonOptions options;
    private final PrintStream progress;

    TwoNodeRun(ComparisonOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    void run(TargetReport report, Servers servers) throws InterruptedException {
        int rounds = options.twoNode().repeat();
        for (int r = 1; r <= rounds; r++) {
            TwoNodeRound round = new TwoNodeRound();
            report.rounds.add(round);
            progress.printf("== %s: round %d of %d%n", TARGET, r, rounds);
            servers.withServer("hub", report, server -> {
                round.single = measure(server.deployment(), "one node", round.singleFanOut);
            });
            servers.withServer(TARGET, report, server -> {
                round.pair = measure(server.deployment(), "two nodes", round.pairFanOut);
            });
        }
    }

    private SpreadResult measure(Deployment deployment, String label, List<FanOutResult> fanOut)
            throws InterruptedException {
        int threads = options.clientThreads();
        SpreadResult latency = new SpreadLatencyScenario(deployment, options.latency(), threads).run();
        progress.printf("   E %s: %s%n", label, TwoNodeReport.spreadLine(latency));
        FanOutScenario ladder = new FanOutScenario(deployment, options.fanOut(), threads);
        for (int subscribers : options.twoNode().fanOutCounts()) {
            FanOutResult result = ladder.run(subscribers);
            fanOut.add(result);
            progress.printf("   E %s B %d: %s%n", label, subscribers, ReportTable.fanOutLine(result));
        }
        return latency;
    }
}
