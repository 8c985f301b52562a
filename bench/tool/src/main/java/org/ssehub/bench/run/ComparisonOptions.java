package org.ssehub.bench.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ssehub.bench.scenario.FanOutSettings;
import org.ssehub.bench.scenario.SteadySettings;

/**
 * What the comparison runs: which servers ({@code nio}, {@code hub}, {@code hub-rs}: the hub's WAR subscribed
 * through JAX-RS, {@code naive}, {@code hub-tomee} and {@code hub-payara}: the hub's thin WAR on TomEE 9 and
 * Payara Micro 6, and {@code hub2}: two hub nodes on one Redis, {@code hub2-tomee} and {@code hub2-payara} the same
 * on those servers; {@code floor}, {@code floor-tomee}, {@code floor-payara}: the bare held-stream WAR, {@link Floor}), which scenarios ({@code A}-{@code D} and
 * {@code F}, {@code burstArrivals} subscribers arriving at {@code burstPerSecond}; {@code E} for {@code hub2}), with which WARs and servers, the sizes of each scenario, extra Tomcat Connector
 * attributes ({@code name=value,...}, empty for Tomcat's defaults; TomEE's connector too), the two-node settings
 * and the servers' collector, initial heap and extra JVM flags ({@link ServerJvm#flags}).
 */
record ComparisonOptions(List<String> targets, Set<Character> scenarios, Path hubWar, Path naiveWar,
        Path catalinaHome, Path workDir, int clientThreads, Set<String> jfrTargets, List<Integer> idleLevels,
        FanOutSettings fanOut, SteadySettings latency, SteadySettings stalled, String connectorAttributes,
        TwoNodeOptions twoNode, EeServers ee, Floor floor, int burstArrivals, int burstPerSecond, String gc, String initialHeap,
        String jvmExtra) {

    /** The servers' JVM flags: the same for every server, with the collector and initial heap asked. */
    List<String> serverFlags() {
        return ServerJvm.flags(gc, initialHeap, jvmExtra);
    }

    /** Every target the comparison knows, in the order of the default run. */
    static final List<String> KNOWN_TARGETS = List.of("nio", "hub", "hub-rs", "naive", EeServers.TOMEE, EeServers.PAYARA,
            TwoNodeRun.TARGET, TwoNodeRun.TARGET_TOMEE, TwoNodeRun.TARGET_PAYARA, Floor.TOMCAT, Floor.TOMEE, Floor.PAYARA);

    /** {@code --targets a,b,...}: refused whole when a name is unknown or repeated, before any server starts. */
    static List<String> parseTargets(String list) {
        List<String> targets = Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        for (String target : targets) {
            if (!KNOWN_TARGETS.contains(target)) {
                throw new IllegalArgumentException("unknown target " + target + "; known: " + String.join(",", KNOWN_TARGETS));
            }
        }
        if (targets.isEmpty() || new HashSet<>(targets).size() != targets.size()) {
            throw new IllegalArgumentException("--targets takes distinct names: " + list);
        }
        return targets;
    }

    /** The WAR a target deploys: the floor's, the naive one, the hub's thin WAR on TomEE and Payara, else the hub's. */
    Path warOf(String target) {
        if (Floor.isFloor(target)) {
            return floor.war();
        }
        if (target.equals("naive")) {
            return naiveWar;
        }
        if (!KNOWN_TARGETS.contains(target) || target.equals("nio")) {
            throw new IllegalArgumentException("no WAR for target " + target);
        }
        return WarServers.onEeServer(target) ? ee.eeWar() : hubWar;
    }

    /** Ports of the servers under test: the 47000-47999 block reserved for the benchmark (47090-47099 for TomEE, Payara). */
    int port(String target) {
        return switch (target) {
            case "nio" -> 47010;
            case "hub" -> twoNode.singlePort();
            case "hub-rs" -> 47084;
            case "naive" -> 47081;
            case EeServers.TOMEE -> 47090;
            case EeServers.PAYARA -> 47091;
            case Floor.TOMCAT -> 47085;
            case Floor.TOMEE -> 47092;
            case Floor.PAYARA -> 47093;
            default -> throw new IllegalArgumentException("unknown target " + target);
        };
    }
}
