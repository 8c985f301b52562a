package org.ssehub.bench.run;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.ssehub.bench.scenario.BurstResult;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.FanOutStep;
import org.ssehub.bench.scenario.IdleLevel;
import org.ssehub.bench.scenario.Latencies;
import org.ssehub.bench.scenario.SteadyResult;
import org.ssehub.bench.scenario.WindowResult;

/** Formats the comparison as Markdown: the summary with ratios, then each scenario's detail. */
final class ReportTable {

    private ReportTable() {
    }

    static String render(List<TargetReport> all, ComparisonOptions options) {
        StringBuilder out = new StringBuilder();
        List<TargetReport> reports = all.stream().filter(r -> !TwoNodeRun.isTwoNode(r.name)).toList();
        if (!reports.isEmpty()) {
            summary(out, reports, options);
            new TargetVerdicts(reports, options).render(out);
        }
        TwoNodeReport.render(out, all, options);
        details(out, reports);
        return out.toString();
    }

    private static void summary(StringBuilder out, List<TargetReport> reports, ComparisonOptions options) {
        out.append("| metric |");
        reports.forEach(r -> out.append(' ').append(r.name).append(" |"));
        out.append(" hub / nio |\n|---|");
        reports.forEach(r -> out.append("---:|"));
        out.append("---:|\n");
        for (int subscribers : options.fanOut().subscriberCounts()) {
            row(out, reports, "B max sustained delivered ev/s, " + subscribers + " subs", r -> {
                FanOutResult f = r.fanOut(subscribers);
                return f == null ? null : f.maxSustained();
            }, "%.0f");
            row(out, reports, "B limited by, " + subscribers + " subs", r -> {
                FanOutResult f = r.fanOut(subscribers);
                return f == null ? null : f.limitedBy();
            }, "%s");
        }
        steadyRows(out, reports, "C", r -> r.latency);
        steadyRows(out, reports, "D", r -> r.stalled);
        row(out, reports, "D worst window p99 ms", r -> r.stalled == null ? null
                : r.stalled.windows().stream().mapToLong(w -> w.latency().p99()).max().orElse(0) / 1000.0, "%.1f");
        row(out, reports, "D stalled clients cut off (of 10)", r -> r.stalled == null ? null
                : r.stalled.total().stalledCutOff(), "%d");
        row(out, reports, "D RSS spread, last 3 windows %", r -> r.stalled == null ? null : rssSpread(r.stalled), "%.1f");
        for (int level : options.idleLevels()) {
            row(out, reports, "A held of " + level, r -> r.idle(level) == null ? null : r.idle(level).held(), "%d");
            row(out, reports, "A RSS KiB per connection at " + level, r -> r.idle(level) == null ? null
                    : r.idle(level).rssPerConnectionKiB(), "%.1f");
        }
        row(out, reports, "F made of " + options.burstArrivals() + " arriving at " + options.burstPerSecond() + "/s",
                r -> r.burst == null ? null : r.burst.established(), "%d");
        row(out, reports, "F connect p50 ms", r -> r.burst == null ? null : r.burst.connect().p50() / 1000.0, "%.1f");
        row(out, reports, "F connect p99 ms", r -> r.burst == null ? null : r.burst.connect().p99() / 1000.0, "%.1f");
        row(out, reports, "F connect max ms", r -> r.burst == null ? null : r.burst.connect().max() / 1000.0, "%.1f");
        out.append('\n');
        for (TargetReport r : reports) {
            if (r.error != null) {
                out.append("- ").append(r.name).append(" failed: ").append(r.error).append('\n');
            }
        }
    }

    private static void steadyRows(StringBuilder out, List<TargetReport> reports, String label,
            Function<TargetReport, SteadyResult> of) {
        row(out, reports, label + " events published (asked)", r -> of.apply(r) == null ? null
                : of.apply(r).total().published() + " (" + asked(of.apply(r)) + ")", "%s");
        row(out, reports, label + " delivered %", r -> of.apply(r) == null ? null
                : 100.0 * of.apply(r).total().deliveredRatio(), "%.3f");
        row(out, reports, label + " p50 ms", r -> of.apply(r) == null ? null : of.apply(r).total().latency().p50() / 1000.0, "%.2f");
        row(out, reports, label + " p99 ms", r -> of.apply(r) == null ? null : of.apply(r).total().latency().p99() / 1000.0, "%.2f");
        row(out, reports, label + " max ms", r -> of.apply(r) == null ? null : of.apply(r).total().latency().max() / 1000.0, "%.1f");
        row(out, reports, label + " server CPU %", r -> of.apply(r) == null ? null : of.apply(r).total().serverCpuPercent(), "%.0f");
        row(out, reports, label + " server RSS MiB", r -> of.apply(r) == null ? null : of.apply(r).total().serverRssKiB() / 1024.0, "%.0f");
    }

    private static long asked(SteadyResult result) {
        return Math.round(result.settings().rate() * result.settings().windows() * result.settings().window().toMillis() / 1000.0);
    }

    static Double rssSpread(SteadyResult result) {
        List<WindowResult> windows = result.windows();
        if (windows.size() < 3) {
            return null;
        }
        List<WindowResult> last = windows.subList(windows.size() - 3, windows.size());
        long min = last.stream().mapToLong(WindowResult::serverRssKiB).min().orElse(0);
        long max = last.stream().mapToLong(WindowResult::serverRssKiB).max().orElse(0);
        return min == 0 ? null : 100.0 * (max - min) / min;
    }

    private static void row(StringBuilder out, List<TargetReport> reports, String metric,
            Function<TargetReport, Object> value, String format) {
        out.append("| ").append(metric).append(" |");
        Object nio = null;
        Object hub = null;
        for (TargetReport r : reports) {
            Object v = value.apply(r);
            out.append(' ').append(v == null ? "-" : String.format(Locale.ROOT, format, v)).append(" |");
            if (r.name.equals("nio")) {
                nio = v;
            } else if (r.name.equals("hub")) {
                hub = v;
            }
        }
        if (nio instanceof Number n && hub instanceof Number h && n.doubleValue() != 0) {
            out.append(String.format(Locale.ROOT, " %.2fx |", h.doubleValue() / n.doubleValue()));
        } else {
            out.append(" |");
        }
        out.append('\n');
    }

    private static void details(StringBuilder out, List<TargetReport> reports) {
        for (TargetReport r : reports) {
            if (!r.fanOut.isEmpty()) {
                out.append("\n#### ").append(r.name).append(": B fan-out steps\n\n")
                        .append("| subs | publish/s asked | publish/s done | expected | delivered | delivered ev/s | p50 ms | p99 ms | max ms | server CPU % | load CPU % | pass |\n")
                        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|\n");
                for (FanOutResult f : r.fanOut) {
                    for (FanOutStep s : f.steps()) {
                        out.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %d | %d | %.0f | %s | %.0f | %.0f | %s |%n",
                                s.subscribers(), s.requestedPublishRate(), s.achievedPublishRate(), s.expected(),
                                s.delivered(), s.deliveredPerSecond(), latencyCells(s.latency()),
                                s.serverCpuPercent(), s.clientCpuPercent(), s.passed() ? "yes" : "no"));
                    }
                }
            }
            for (SteadyResult steady : new SteadyResult[] {r.latency, r.stalled}) {
                if (steady == null) {
                    continue;
                }
                out.append("\n#### ").append(r.name).append(": ").append(steady.settings().label())
                        .append(String.format(Locale.ROOT, " (%d connected, %d failed, %d closed by server, %d stalled, load CPU %.0f %%)%n%n",
                                steady.connected(), steady.failed(), steady.closedByServer(), steady.stalled(),
                                steady.clientCpuPercent()))
                        .append("| window | published | expected | delivered | p50 ms | p99 ms | max ms | RSS MiB | server CPU % | stalled cut off |\n")
                        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                for (WindowResult w : steady.windows()) {
                    out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %s | %.0f | %.0f | %d |%n", w.window(),
                            w.published(), w.expected(), w.delivered(), latencyCells(w.latency()),
                            w.serverRssKiB() / 1024.0, w.serverCpuPercent(), w.stalledCutOff()));
                }
            }
            if (!r.idle.isEmpty()) {
                out.append("\n#### ").append(r.name).append(": A idle connections\n\n")
                        .append("| level | attempted | made | failed | held | server fds | RSS MiB | baseline MiB | KiB / connection |\n")
                        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                for (IdleLevel l : r.idle) {
                    out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %.0f | %.0f | %.1f |%n", l.level(),
                            l.attempted(), l.established(), l.failed(), l.held(), l.serverFds(), l.rssKiB() / 1024.0,
                            l.baselineRssKiB() / 1024.0, l.rssPerConnectionKiB()));
                }
            }
        }
    }

    private static String latencyCells(Latencies l) {
        return String.format(Locale.ROOT, "%.2f | %.2f | %.1f", l.p50() / 1000.0, l.p99() / 1000.0, l.max() / 1000.0);
    }

    static String steadyLine(SteadyResult r) {
        WindowResult t = r.total();
        return String.format(Locale.ROOT,
                "%d/%d connected, published %d, delivered %d of %d (%.3f %%), p50 %.2f ms p99 %.2f ms max %.1f ms, stalled cut off %d/%d, RSS %d MiB",
                r.connected(), r.settings().subscribers(), t.published(), t.delivered(), t.expected(), 100 * t.deliveredRatio(),
                t.latency().p50() / 1000.0, t.latency().p99() / 1000.0, t.latency().max() / 1000.0,
                t.stalledCutOff(), r.stalled(), t.serverRssKiB() / 1024);
    }

    static String fanOutLine(FanOutResult r) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%d connected, max sustained %.0f ev/s (limited by %s); steps:",
                r.connected(), r.maxSustained(), r.limitedBy()));
        for (FanOutStep s : r.steps()) {
            line.append(String.format(Locale.ROOT, " %.0f%s(p99 %.0f ms, %.2f%%)", s.deliveredPerSecond(),
                    s.passed() ? "" : "!", s.latency().p99() / 1000.0,
                    s.expected() == 0 ? 0 : 100.0 * s.delivered() / s.expected()));
        }
        return line.toString();
    }

    static String burstLine(BurstResult b) {
        return String.format(Locale.ROOT, "%d arriving at %d/s: made %d, failed %d, connect p50 %.1f ms p99 %.1f ms max %.1f ms",
                b.arrivals(), b.perSecond(), b.established(), b.failed(), b.connect().p50() / 1000.0,
                b.connect().p99() / 1000.0, b.connect().max() / 1000.0);
    }

    static String idleLine(IdleLevel l) {
        return String.format(Locale.ROOT, "%d: made %d failed %d held %d, RSS %d MiB (baseline %d), %.1f KiB/connection",
                l.level(), l.established(), l.failed(), l.held(), l.rssKiB() / 1024, l.baselineRssKiB() / 1024,
                l.rssPerConnectionKiB());
    }
}
