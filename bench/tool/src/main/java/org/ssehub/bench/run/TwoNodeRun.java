package org.ssehub.bench.run;

import java.io.PrintStream;
import java.util.List;
import org.ssehub.bench.scenario.Deployment;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.FanOutScenario;
import org.ssehub.bench.scenario.SpreadLatencyScenario;
import org.ssehub.bench.scenario.SpreadResult;

/**
 * Scenario E (target {@code hub2}, or {@code hub2-tomee} / {@code hub2-payara} for the thin WAR on those servers),
 * {@code repeat} rounds: each starts the one-node hub on the same server, runs the latency
 * run with C's settings and the fan-out ladders, stops it; then starts two nodes on a fresh Redis and runs
 * the same latency run spread over both nodes (published on node 1) and the same ladders with the
 * subscribers split over them, and stops them. The report takes the rounds' medians.
 */
final class TwoNodeRun {

    static final String TARGET = "hub2";
    /** Two nodes of the thin WAR on TomEE, then on Payara Micro; their one node is {@code hub-tomee}, {@code hub-payara}. */
    static final String TARGET_TOMEE = "hub2-tomee";
    static final String TARGET_PAYARA = "hub2-payara";
    static final List<String> TARGETS = List.of(TARGET, TARGET_TOMEE, TARGET_PAYARA);

    static boolean isTwoNode(String target) {
        return TARGETS.contains(target);
    }

    /** The one-node target a two-node target is compared with: the same WAR on the same server. */
    static String singleOf(String target) {
        return switch (target) {
            case TARGET -> "hub";
            case TARGET_TOMEE -> EeServers.TOMEE;
            case TARGET_PAYARA -> EeServers.PAYARA;
            default -> throw new IllegalArgumentException("not a two-node target: " + target);
        };
    }

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
        String target = report.name;
        int rounds = options.twoNode().repeat();
        for (int r = 1; r <= rounds; r++) {
            TwoNodeRound round = new TwoNodeRound();
            report.rounds.add(round);
            progress.printf("== %s: round %d of %d%n", target, r, rounds);
            servers.withServer(singleOf(target), report, server -> {
                round.single = measure(server.deployment(), "one node", round.singleFanOut);
            });
            servers.withServer(target, report, server -> {
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
