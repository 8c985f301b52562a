package org.ssehub.bench.run;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ssehub.bench.scenario.FanOutResult;
import org.ssehub.bench.scenario.IdleLevel;
import org.ssehub.bench.scenario.WindowResult;

/** The issues' targets for the hub, checked against the figures of the same run. */
final class TargetVerdicts {

    /** The hub's WAR on each server: Tomcat, TomEE, Payara. */
    private static final List<String> SERVERS = List.of("hub", EeServers.TOMEE, EeServers.PAYARA);

    private final TargetReport hub;
    private final TargetReport nio;
    private final List<TargetReport> servers;
    private final ComparisonOptions options;

    TargetVerdicts(List<TargetReport> reports, ComparisonOptions options) {
        this.servers = reports.stream().filter(r -> SERVERS.contains(r.name)).toList();
        this.hub = find(reports, "hub");
        this.nio = find(reports, "nio");
        this.options = options;
    }

    private static TargetReport find(List<TargetReport> reports, String name) {
        return reports.stream().filter(r -> r.name.equals(name)).findFirst().orElse(null);
    }

    void render(StringBuilder out) {
        perServer(out);
        if (hub == null) {
            return;
        }
        out.append("\n| hub target | measured | met |\n|---|---|:---:|\n");
        if (nio != null) {
            for (int subscribers : options.fanOut().subscriberCounts()) {
                FanOutResult h = hub.fanOut(subscribers);
                FanOutResult n = nio.fanOut(subscribers);
                if (h != null && n != null && n.maxSustained() > 0) {
                    double ratio = h.maxSustained() / n.maxSustained();
                    line(out, "B " + subscribers + " subs: max sustained >= 0.8x nio",
                            String.format(Locale.ROOT, "%.0f vs %.0f ev/s = %.2fx", h.maxSustained(), n.maxSustained(), ratio),
                            ratio >= 0.8);
                }
            }
        }
        if (hub.latency != null) {
            long p99 = hub.latency.total().latency().p99();
            line(out, "C p99 <= 20 ms", String.format(Locale.ROOT, "%.2f ms", p99 / 1000.0), p99 <= 20_000);
        }
        if (hub.stalled != null) {
            WindowResult t = hub.stalled.total();
            line(out, "D healthy clients lose nothing", t.delivered() + " of " + t.expected()
                    + ", " + hub.stalled.closedByServer() + " healthy closed by server",
                    t.delivered() >= t.expected() && hub.stalled.closedByServer() == 0);
            long worst = hub.stalled.windows().stream().mapToLong(w -> w.latency().p99()).max().orElse(0);
            line(out, "D p99 <= 100 ms in every window", String.format(Locale.ROOT, "worst %.1f ms", worst / 1000.0),
                    worst <= 100_000);
            line(out, "D all 10 stalled clients cut off", t.stalledCutOff() + " of " + hub.stalled.stalled(),
                    t.stalledCutOff() == hub.stalled.settings().stalledClients());
            Double spread = ReportTable.rssSpread(hub.stalled);
            line(out, "D RSS bounded (last 3 windows within 10 %)",
                    spread == null ? "-" : String.format(Locale.ROOT, "%.1f %%", spread), spread != null && spread <= 10);
        }
        IdleLevel top = hub.idle(19_000);
        if (top != null) {
            line(out, "A 19,000 connections held", top.held() + " held", top.held() >= 19_000);
        }
        IdleLevel tenK = hub.idle(10_000);
        if (tenK != null) {
            line(out, "A RSS per connection at 10k <= 16 KiB",
                    String.format(Locale.ROOT, "%.1f KiB", tenK.rssPerConnectionKiB()), tenK.rssPerConnectionKiB() <= 16);
        }
    }

    /** Issue 13's targets on every server run: connects under a burst, connections held, memory per connection. */
    private void perServer(StringBuilder out) {
        if (servers.isEmpty()) {
            return;
        }
        out.append("\n| per-server target | measured | met |\n|---|---|:---:|\n");
        for (TargetReport server : servers) {
            if (server.burst != null) {
                long p99 = server.burst.connect().p99();
                line(out, server.name + ": F connect p99 < 500 ms, every arrival made",
                        String.format(Locale.ROOT, "p99 %.1f ms, made %d of %d", p99 / 1000.0, server.burst.established(),
                                server.burst.arrivals()),
                        p99 < 500_000 && server.burst.established() == server.burst.arrivals());
            }
            IdleLevel top = server.idle(19_000);
            if (top != null) {
                line(out, server.name + ": A 19,000 connections held", top.held() + " held", top.held() >= 19_000);
            }
            IdleLevel tenK = server.idle(10_000);
            if (tenK != null && !server.name.equals(EeServers.PAYARA)) {
                line(out, server.name + ": A RSS per connection at 10k <= 90 KiB",
                        String.format(Locale.ROOT, "%.1f KiB", tenK.rssPerConnectionKiB()), tenK.rssPerConnectionKiB() <= 90);
            }
        }
        servers.stream().filter(r -> r.idle(10_000) != null)
                .min(Comparator.comparingDouble(r -> r.idle(10_000).rssPerConnectionKiB()))
                .ifPresent(cheapest -> line(out, "cheapest server (" + cheapest.name + "): A RSS per connection at 10k <= 20 KiB",
                        String.format(Locale.ROOT, "%.1f KiB", cheapest.idle(10_000).rssPerConnectionKiB()),
                        cheapest.idle(10_000).rssPerConnectionKiB() <= 20));
    }

    static void line(StringBuilder out, String target, String measured, boolean met) {
        out.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**")
                .append(" |\n");
    }
}
