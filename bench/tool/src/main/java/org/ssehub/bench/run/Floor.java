package org.ssehub.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The floor targets: the bench's bare held-stream WAR (bench/floor) on each server, with the same JVM flags,
 * connector attributes and Payara settings as the hub on that server, so that the hub's figure minus the
 * floor's is what the hub adds. They run A and F only: the floor sends no events.
 */
record Floor(Path war) {

    static final String TOMCAT = "floor";
    static final String TOMEE = "floor-tomee";
    static final String PAYARA = "floor-payara";
    static final List<String> TARGETS = List.of(TOMCAT, TOMEE, PAYARA);

    static Floor parse(Map<String, String> args) {
        return new Floor(Path.of(args.getOrDefault("floor-war", "floor/target/floor.war")).toAbsolutePath());
    }

    static boolean isFloor(String target) {
        return TARGETS.contains(target);
    }

    /** Fails before any server starts when a floor target is asked and the WAR is not built. */
    void check(List<String> targets) {
        if (targets.stream().anyMatch(Floor::isFloor) && !Files.isRegularFile(war)) {
            throw new IllegalArgumentException("the floor targets need " + war
                    + " (build the bench with `mvn -f bench/pom.xml package`)");
        }
    }
}
