package org.ssehub.bench.run;

import java.nio.file.Path;
import java.util.List;

/**
 * Starts a target's WAR on the server its name stands for: a name ending in {@code -tomee} on TomEE 9, in
 * {@code -payara} on Payara Micro 6 (the hub's, the two-node and the floor targets alike), any other on
 * Tomcat 10.1; every server with the run's connector attributes and Payara settings.
 */
final class WarServers {

    private WarServers() {
    }

    static boolean onTomee(String target) {
        return target.endsWith("-tomee");
    }

    static boolean onPayara(String target) {
        return target.endsWith("-payara");
    }

    /** On TomEE or Payara, where the container brings JAX-RS, CDI and JSON-B (the hub's thin WAR). */
    static boolean onEeServer(String target) {
        return onTomee(target) || onPayara(target);
    }

    /** Starts {@code options.warOf(target)} as process {@code name} (a two-node target's nodes have names of their own). */
    static ServerProcess start(String target, String name, ComparisonOptions options, Path work, int port,
            List<String> flags) throws Exception {
        Path war = options.warOf(target);
        EeServers ee = options.ee();
        if (onPayara(target)) {
            return PayaraProcess.start(name, ee.payaraJar(), ee.payaraPreboot(), work, war, port, flags, ee.payaraSettings());
        }
        TomcatDistribution server = onTomee(target) ? ee.tomee() : TomcatDistribution.tomcat(options.catalinaHome());
        return TomcatProcess.start(name, server, work, war, port, flags, options.connectorAttributes());
    }
}
