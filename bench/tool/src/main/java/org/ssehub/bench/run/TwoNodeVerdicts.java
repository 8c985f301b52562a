package org.ssehub.bench.run;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ssehub.bench.scenario.Latencies;
import org.ssehub.bench.scenario.NodeLatency;
import org.ssehub.bench.scenario.SpreadResult;

/**
 * Issue 9's targets for two nodes, from the medians of the rounds: nothing lost (in any round, on any node),
 * the far node's p50 at most 2 ms and its p99 at most 10 ms above the one node's, and server CPU per
 * delivered event over two nodes and Redis at most 1.25x one node's.
 */
final class TwoNodeVerdicts {

    static final double MAX_P50_GAP_MS = 2;
    static final double MAX_P99_GAP_MS = 10;
    static final double MAX_CPU_RATIO = 1.25;

    private final List<TwoNodeRound> rounds;
    private final ComparisonOptions options;

    TwoNodeVerdicts(List<TwoNodeRound> rounds, ComparisonOptions options) {
        this.rounds = rounds;
        this.options = options;
    }

    void render(StringBuilder out) {
        out.append("\n| two-node target (median of ").append(rounds.size()).append(rounds.size() == 1 ? " round" : " rounds")
                .append(") | measured | met |\n|---|---|:---:|\n");
        long complete = rounds.stream().filter(r -> r.single != null && r.pair != null).count();
        boolean lost = rounds.stream().anyMatch(r -> r.pair == null || !r.pair.nothingLost());
        long missing = rounds.stream().filter(r -> r.pair != null)
                .flatMap(r -> r.pair.nodes().stream()).mapToLong(n -> n.loss().missing()).sum();
        long duplicates = rounds.stream().filter(r -> r.pair != null)
                .flatMap(r -> r.pair.nodes().stream()).mapToLong(n -> n.loss().duplicates()).sum();
        TargetVerdicts.line(out, "nothing lost on two nodes (every round, every node)", String.format(Locale.ROOT,
                "%d missing, %d duplicates over %d complete rounds of %d", missing, duplicates, complete, rounds.size()),
                !lost && complete == rounds.size());
        gap(out, "far node p50 at most 2 ms above one node's", Latencies::p50, MAX_P50_GAP_MS);
        gap(out, "far node p99 at most 10 ms above one node's", Latencies::p99, MAX_P99_GAP_MS);
        for (int subscribers : options.twoNode().fanOutCounts()) {
            double ratio = Median.of(rounds.stream()
                    .map(r -> orNaN(TwoNodeReport.cpu(r, subscribers, CpuPerEvent::ratio))).toList());
            double one = Median.of(rounds.stream()
                    .map(r -> orNaN(TwoNodeReport.cpu(r, subscribers, CpuPerEvent::single))).toList());
            double two = Median.of(rounds.stream()
                    .map(r -> orNaN(TwoNodeReport.cpu(r, subscribers, CpuPerEvent::pair))).toList());
            TargetVerdicts.line(out, "B " + subscribers + " subs: CPU per delivered event, two nodes <= 1.25x one node",
                    String.format(Locale.ROOT, "%.2fx (%.2f vs %.2f CPU s per M events)", ratio, two, one),
                    !Double.isNaN(ratio) && ratio <= MAX_CPU_RATIO);
        }
    }

    private void gap(StringBuilder out, String target, Function<Latencies, Long> part, double maxGapMs) {
        double gap = Median.of(rounds.stream().map(r -> gapMs(r, part)).toList());
        double far = Median.of(rounds.stream().map(r -> ms(TwoNodeReport.node(r.pair, 1), part)).toList());
        double one = Median.of(rounds.stream().map(r -> ms(TwoNodeReport.node(r.single, 0), part)).toList());
        TargetVerdicts.line(out, target, String.format(Locale.ROOT, "%+.2f ms (far node %.2f, one node %.2f)", gap, far, one),
                !Double.isNaN(gap) && gap <= maxGapMs);
    }

    /** The far node's latency minus the one node's in the same round, in ms; NaN when either is missing. */
    static double gapMs(TwoNodeRound round, Function<Latencies, Long> part) {
        SpreadResult pair = round.pair;
        return ms(TwoNodeReport.node(pair, 1), part) - ms(TwoNodeReport.node(round.single, 0), part);
    }

    private static double ms(NodeLatency node, Function<Latencies, Long> part) {
        return node == null ? Double.NaN : part.apply(node.latency()) / 1000.0;
    }

    private static double orNaN(Double value) {
        return value == null ? Double.NaN : value;
    }
}
