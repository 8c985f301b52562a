package org.ssehub.bench.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ssehub.bench.scenario.FanOutSettings;
import org.ssehub.bench.scenario.SteadySettings;

/**
 * What the comparison runs: which servers ({@code nio}, {@code hub}, {@code hub-rs}: the hub's WAR subscribed
 * through JAX-RS, {@code naive}, and {@code hub2}: two hub nodes on one Redis), which scenarios ({@code A}-{@code D};
 * {@code E} for {@code hub2}), with which WARs and Tomcat, the sizes of each scenario, extra Tomcat Connector
 * attributes ({@code name=value,...}, empty for Tomcat's defaults) and the two-node settings.
 */
record ComparisonOptions(List<String> targets, Set<Character> scenarios, Path hubWar, Path naiveWar,
        Path catalinaHome, Path workDir, int clientThreads, Set<String> jfrTargets, List<Integer> idleLevels,
        FanOutSettings fanOut, SteadySettings latency, SteadySettings stalled, String connectorAttributes,
        TwoNodeOptions twoNode) {

    /** Ports of the servers under test: the 47000-47999 block reserved for the benchmark. */
    int port(String target) {
        return switch (target) {
            case "nio" -> 47010;
            case "hub" -> twoNode.singlePort();
            case "hub-rs" -> 47084;
            case "naive" -> 47081;
            default -> throw new IllegalArgumentException("unknown target " + target);
        };
    }
}
