package org.ssehub.bench.run;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ssehub.bench.load.Loss;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.Latencies;
import org.ssehub.bench.scenario.NodeLatency;
import org.ssehub.bench.scenario.SpreadResult;

/**
 * Scenario E's section of the report: one column per round and the median, the one-node latency run next to
 * the two-node one per node, loss, the fan-out ladders' CPU per delivered event, then {@link TwoNodeVerdicts}.
 */
final class TwoNodeReport {

    private TwoNodeReport() {
    }

    static void render(StringBuilder out, List<TargetReport> reports, ComparisonOptions options) {
        reports.stream().filter(r -> TwoNodeRun.isTwoNode(r.name)).forEach(r -> render(out, r, options));
    }

    private static void render(StringBuilder out, TargetReport hub2, ComparisonOptions options) {
        if (hub2.error != null) {
            out.append("\n- ").append(hub2.name).append(" failed: ").append(hub2.error).append('\n');
        }
        if (hub2.rounds.isEmpty()) {
            return;
        }
        List<TwoNodeRound> rounds = hub2.rounds;
        out.append("\n## E: two hub nodes on one Redis, ").append(hub2.name).append(" against ")
                .append(TwoNodeRun.singleOf(hub2.name)).append(" (").append(rounds.size()).append(" round")
                .append(rounds.size() == 1 ? "" : "s").append(")\n\n| figure |");
        for (int r = 1; r <= rounds.size(); r++) {
            out.append(" round ").append(r).append(" |");
        }
        out.append(" median |\n|---|");
        rounds.forEach(r -> out.append("---:|"));
        out.append("---:|\n");
        latencyRows(out, rounds, "one node", r -> node(r.single, 0));
        latencyRows(out, rounds, "two nodes, node 1 (publishing)", r -> node(r.pair, 0));
        latencyRows(out, rounds, "two nodes, node 2 (far)", r -> node(r.pair, 1));
        lossRow(out, rounds, "one node", r -> node(r.single, 0));
        lossRow(out, rounds, "two nodes, node 1", r -> node(r.pair, 0));
        lossRow(out, rounds, "two nodes, node 2", r -> node(r.pair, 1));
        row(out, rounds, "latency run: server CPU s per M delivered, one node", r -> cpuPerMillion(r.single), "%.2f");
        row(out, rounds, "latency run: server CPU s per M delivered, two nodes + Redis", r -> cpuPerMillion(r.pair),
                "%.2f");
        for (int subscribers : options.twoNode().fanOutCounts()) {
            String b = "B " + subscribers + " subs: ";
            row(out, rounds, b + "max sustained ev/s, one node",
                    r -> sustained(r.fanOut(r.singleFanOut, subscribers)), "%.0f");
            row(out, rounds, b + "max sustained ev/s, two nodes",
                    r -> sustained(r.fanOut(r.pairFanOut, subscribers)), "%.0f");
            row(out, rounds, b + "CPU s per M delivered, one node", r -> cpu(r, subscribers, CpuPerEvent::single), "%.2f");
            row(out, rounds, b + "CPU s per M delivered, two nodes + Redis",
                    r -> cpu(r, subscribers, CpuPerEvent::pair), "%.2f");
            row(out, rounds, b + "two nodes / one node", r -> cpu(r, subscribers, CpuPerEvent::ratio), "%.2fx");
            row(out, rounds, b + "steps compared (passed on both)",
                    r -> cpu(r, subscribers, c -> (double) c.commonSteps()), "%.0f");
        }
        out.append("\nLatency over the measured windows (C's settings: ").append(options.latency().subscribers())
                .append(" subscribers in all, split evenly over the nodes; ").append((int) options.latency().rate())
                .append(" events/s of ").append(options.latency().payloadBytes())
                .append(" bytes published on node 1). Lost = sequence numbers accepted by node 1 (warm-up included)"
                        + " that a subscriber never received, and ones it received twice, summed over subscribers."
                        + " CPU per delivered event over the fan-out steps both deployments passed at the same rate.\n");
        new TwoNodeVerdicts(rounds, options).render(out);
    }

    static String spreadLine(SpreadResult result) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "published %d", result.published()));
        for (NodeLatency n : result.nodes()) {
            Latencies l = n.latency();
            line.append(String.format(Locale.ROOT,
                    "; %s: %d of %d connected, delivered %d of %d, p50 %.2f p99 %.2f max %.1f ms, missing %d, duplicates %d",
                    n.node(), n.connected(), n.asked(), n.delivered(), n.expected(), l.p50() / 1000.0, l.p99() / 1000.0,
                    l.max() / 1000.0, n.loss().missing(), n.loss().duplicates()));
        }
        return line.toString();
    }

    static NodeLatency node(SpreadResult result, int index) {
        return result == null || result.nodes().size() <= index ? null : result.nodes().get(index);
    }

    static Double cpu(TwoNodeRound round, int subscribers, Function<CpuPerEvent, Double> part) {
        CpuPerEvent cpu = round.cpu(subscribers);
        return cpu == null ? null : part.apply(cpu);
    }

    private static Double sustained(FanOutResult result) {
        return result == null ? null : result.maxSustained();
    }

    private static Double cpuPerMillion(SpreadResult result) {
        if (result == null) {
            return null;
        }
        long delivered = result.nodes().stream().mapToLong(NodeLatency::delivered).sum();
        return delivered == 0 ? null : result.serverCpuSeconds() / delivered * 1e6;
    }

    private static void latencyRows(StringBuilder out, List<TwoNodeRound> rounds, String label,
            Function<TwoNodeRound, NodeLatency> node) {
        row(out, rounds, label + ": p50 ms", r -> millis(node.apply(r), Latencies::p50), "%.2f");
        row(out, rounds, label + ": p99 ms", r -> millis(node.apply(r), Latencies::p99), "%.2f");
        row(out, rounds, label + ": max ms", r -> millis(node.apply(r), Latencies::max), "%.1f");
    }

    private static Double millis(NodeLatency node, Function<Latencies, Long> part) {
        return node == null ? null : part.apply(node.latency()) / 1000.0;
    }

    /** Loss is never a median: the cells say what each round lost, the last one the total. */
    private static void lossRow(StringBuilder out, List<TwoNodeRound> rounds, String label,
            Function<TwoNodeRound, NodeLatency> node) {
        out.append("| ").append(label).append(": missing / duplicates (delivered of expected) |");
        Loss total = Loss.NONE;
        for (TwoNodeRound round : rounds) {
            NodeLatency n = node.apply(round);
            if (n == null) {
                out.append(" - |");
                continue;
            }
            total = total.plus(n.loss());
            out.append(String.format(Locale.ROOT, " %d / %d (%d of %d) |", n.loss().missing(), n.loss().duplicates(),
                    n.delivered(), n.expected()));
        }
        out.append(String.format(Locale.ROOT, " all: %d / %d |%n", total.missing(), total.duplicates()));
    }

    private static void row(StringBuilder out, List<TwoNodeRound> rounds, String label,
            Function<TwoNodeRound, Double> value, String format) {
        out.append("| ").append(label).append(" |");
        List<Double> values = rounds.stream().map(value).map(v -> v == null ? Double.NaN : v).toList();
        for (double v : values) {
            out.append(' ').append(Double.isNaN(v) ? "-" : String.format(Locale.ROOT, format, v)).append(" |");
        }
        double median = Median.of(values);
        out.append(' ').append(Double.isNaN(median) ? "-" : String.format(Locale.ROOT, format, median)).append(" |\n");
    }
}
