package org.ssehub.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Where targets {@code hub-tomee} and {@code hub-payara} come from: the hub's thin WAR (target/sse-hub-ee.war),
 * the unpacked TomEE 9 webprofile with the project's tomee.xml, the Payara Micro 6 jar with the project's
 * pre-boot commands, and extra Payara settings to try ({@code --payara-set name=value,...}, each becoming an
 * asadmin {@code set} after the shipped ones). Defaults are relative to bench/, as run.sh starts the tool.
 */
record EeServers(Path eeWar, Path tomeeHome, Path tomeeXml, Path payaraJar, Path payaraPreboot,
        List<String> payaraSettings) {

    static final String TOMEE = "hub-tomee";
    static final String PAYARA = "hub-payara";

    static EeServers parse(Map<String, String> args) {
        String settings = args.getOrDefault("payara-set", "").trim();
        return new EeServers(path(args, "ee-war", "../target/sse-hub-ee.war"),
                path(args, "tomee-home", "tool/target/tomee/apache-tomee-webprofile-9.0.0"),
                path(args, "tomee-xml", "../tomee.xml"),
                path(args, "payara-jar", "tool/target/payara/payara-micro.jar"),
                path(args, "payara-preboot", "../src/main/payara/preboot.asadmin"),
                settings.isEmpty() ? List.of()
                        : Arrays.stream(settings.split(",")).map(s -> "set " + s.trim()).toList());
    }

    private static Path path(Map<String, String> args, String name, String fallback) {
        return Path.of(args.getOrDefault(name, fallback)).toAbsolutePath();
    }

    /** Fails before any server starts when a target of {@code targets} lacks its files (the bench build makes them). */
    void check(List<String> targets) {
        if (targets.stream().anyMatch(t -> WarServers.onEeServer(t) && !Floor.isFloor(t))) {
            require(List.of(eeWar), "the hub on TomEE or Payara");
        }
        if (targets.stream().anyMatch(WarServers::onTomee)) {
            require(List.of(tomeeXml, tomeeHome.resolve("lib/openejb-javaagent.jar")), "TomEE");
        }
        if (targets.stream().anyMatch(WarServers::onPayara)) {
            require(List.of(payaraJar, payaraPreboot), "Payara");
        }
    }

    private static void require(List<Path> files, String target) {
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(target + " needs " + file
                        + " (build the hub with `mvn package` at the root and the bench with `mvn -f bench/pom.xml package`)");
            }
        }
    }

    TomcatDistribution tomee() {
        return TomcatDistribution.tomee(tomeeHome, tomeeXml);
    }
}
