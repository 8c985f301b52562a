package org.ssehub.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssehub.bench.scenario.FanOutSettings;
import org.ssehub.bench.scenario.SteadySettings;

/** The three-server options: target names, their ports, where TomEE and Payara come from, and checked files. */
class ServerTargetsTest {

    @Test
    void takesTheHubOnEveryServerBesideTheReference() {
        assertEquals(List.of("nio", "hub", "hub-tomee", "hub-payara"),
                ComparisonOptions.parseTargets("nio, hub,hub-tomee,hub-payara"));
    }

    @Test
    void refusesUnknownRepeatedOrNoTargets() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ComparisonOptions.parseTargets("nio,hub-glassfish"));
        assertTrue(unknown.getMessage().contains("hub-glassfish"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ComparisonOptions.parseTargets("hub,hub"));
        assertThrows(IllegalArgumentException.class, () -> ComparisonOptions.parseTargets(" , "));
    }

    @Test
    void twoNodesRunOnEveryServerAgainstOneNodeOfTheSameServer() {
        assertEquals(List.of("hub2", "hub2-tomee", "hub2-payara"), ComparisonOptions.parseTargets("hub2,hub2-tomee,hub2-payara"));
        assertEquals("hub", TwoNodeRun.singleOf("hub2"));
        assertEquals("hub-tomee", TwoNodeRun.singleOf("hub2-tomee"));
        assertEquals("hub-payara", TwoNodeRun.singleOf("hub2-payara"));
        assertTrue(TwoNodeRun.isTwoNode("hub2-payara"));
        assertTrue(!TwoNodeRun.isTwoNode("hub-payara"));
        assertThrows(IllegalArgumentException.class, () -> TwoNodeRun.singleOf("hub"));
    }

    @Test
    void everyServerGetsTheSameFlagsWithTheCollectorAsked() {
        assertTrue(ServerJvm.flags("serial").contains("-XX:+UseSerialGC"));
        assertTrue(ServerJvm.flags("g1").contains("-XX:+UseG1GC"));
        assertEquals(1, ServerJvm.flags("g1").stream().filter(f -> f.startsWith("-XX:+Use") && f.endsWith("GC")).count(),
                "one collector only");
        assertThrows(IllegalArgumentException.class, () -> ServerJvm.flags("zgc-please"));
        assertEquals(List.of("-XX:MaxTenuringThreshold=1", "-XX:MaxGCPauseMillis=50"),
                ServerJvm.flags("g1", "64m", " -XX:MaxTenuringThreshold=1  -XX:MaxGCPauseMillis=50").subList(5, 7),
                "extra flags after the common ones");
        assertEquals(ServerJvm.flags("g1", "64m"), ServerJvm.flags("g1", "64m", ""));
        assertThrows(IllegalArgumentException.class, () -> ServerJvm.flags("g1", "64m", "MaxTenuringThreshold=1"));
    }

    @Test
    void newServersListenOnTheirOwnPorts() {
        ComparisonOptions options = options(EeServers.parse(Map.of()));
        assertEquals(47090, options.port("hub-tomee"));
        assertEquals(47091, options.port("hub-payara"));
        assertEquals(47080, options.port("hub"));
    }

    @Test
    void payaraSettingsBecomeAsadminSetCommands() {
        EeServers ee = EeServers.parse(Map.of("payara-set",
                "configs.config.server-config.network-config.transports.transport.tcp.acceptor-threads=2, a.b=c"));
        assertEquals(List.of("set configs.config.server-config.network-config.transports.transport.tcp.acceptor-threads=2",
                "set a.b=c"), ee.payaraSettings());
        assertEquals(List.of(), EeServers.parse(Map.of()).payaraSettings());
    }

    @Test
    void defaultsPointAtTheHubBuildAndTheBenchBuild() {
        EeServers ee = EeServers.parse(Map.of());
        assertTrue(ee.eeWar().endsWith(Path.of("target/sse-hub-ee.war")), ee.eeWar().toString());
        assertTrue(ee.payaraJar().endsWith(Path.of("tool/target/payara/payara-micro.jar")), ee.payaraJar().toString());
        assertTrue(ee.tomeeXml().endsWith(Path.of("tomee.xml")) && ee.tomeeXml().isAbsolute(), ee.tomeeXml().toString());
    }

    @Test
    void aTargetWithoutItsFilesFailsBeforeAnyServerStarts(@TempDir Path dir) throws IOException {
        Path war = Files.createFile(dir.resolve("sse-hub-ee.war"));
        Path jar = Files.createFile(dir.resolve("payara-micro.jar"));
        Path preboot = Files.createFile(dir.resolve("preboot.asadmin"));
        EeServers ee = EeServers.parse(Map.of("ee-war", war.toString(), "payara-jar", jar.toString(),
                "payara-preboot", preboot.toString(), "tomee-home", dir.resolve("no-tomee").toString(),
                "tomee-xml", dir.resolve("tomee.xml").toString()));

        ee.check(List.of("nio", "hub", "hub-payara"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ee.check(List.of("hub-tomee")));
        assertTrue(missing.getMessage().startsWith("TomEE needs "), missing.getMessage());
        ee.check(List.of("hub2-payara"));
        assertThrows(IllegalArgumentException.class, () -> ee.check(List.of("hub2-tomee")), "two TomEE nodes need TomEE too");
        assertThrows(IllegalArgumentException.class, () -> ee.check(List.of("floor-tomee")), "the floor on TomEE needs TomEE");
        Files.delete(war);
        ee.check(List.of("floor-payara")); // the floor's own WAR, not the hub's
    }

    @Test
    void eachTargetDeploysItsWarOnTheServerItsNameStandsFor() {
        ComparisonOptions options = options(EeServers.parse(Map.of("ee-war", "ee.war")));
        Path ee = Path.of("ee.war").toAbsolutePath();
        assertEquals(Path.of("hub.war"), options.warOf("hub"));
        assertEquals(Path.of("hub.war"), options.warOf("hub2"));
        assertEquals(Path.of("naive.war"), options.warOf("naive"));
        assertEquals(ee, options.warOf("hub-tomee"));
        assertEquals(ee, options.warOf("hub2-payara"));
        assertEquals(Floor.parse(Map.of()).war(), options.warOf("floor-payara"));
        assertThrows(IllegalArgumentException.class, () -> options.warOf("nio"));
        assertTrue(WarServers.onTomee("floor-tomee") && WarServers.onTomee("hub2-tomee") && !WarServers.onTomee("hub"));
        assertTrue(WarServers.onPayara("hub-payara") && !WarServers.onPayara("floor"));
    }

    @Test
    void theFloorRunsOnEveryServerOnItsOwnPortsAndNeedsItsWar(@TempDir Path dir) throws IOException {
        assertEquals(List.of("hub", "floor", "hub-payara", "floor-payara"),
                ComparisonOptions.parseTargets("hub,floor,hub-payara,floor-payara"));
        ComparisonOptions options = options(EeServers.parse(Map.of()));
        assertEquals(Set.of(47085, 47092, 47093, 47080, 47090, 47091), Set.of(options.port("floor"),
                options.port("floor-tomee"), options.port("floor-payara"), options.port("hub"), options.port("hub-tomee"),
                options.port("hub-payara")), "six servers, six ports");
        Floor missing = Floor.parse(Map.of("floor-war", dir.resolve("floor.war").toString()));
        missing.check(List.of("hub", "nio"));
        assertThrows(IllegalArgumentException.class, () -> missing.check(List.of("floor-tomee")));
        Floor built = Floor.parse(Map.of("floor-war", Files.createFile(dir.resolve("floor.war")).toString()));
        built.check(List.of("floor", "floor-tomee", "floor-payara"));
    }

    @Test
    void idleLevelsCanBeChosenForASettingsTrial() {
        assertEquals(List.of(10_000), CompareCommand.idleLevels(false, "10000"));
        assertEquals(List.of(1_000, 5_000, 10_000, 19_000), CompareCommand.idleLevels(false, null));
        assertEquals(List.of(200, 500), CompareCommand.idleLevels(true, null));
        assertThrows(IllegalArgumentException.class, () -> CompareCommand.idleLevels(false, "0"));
    }

    private static ComparisonOptions options(EeServers ee) {
        return new ComparisonOptions(List.of("hub"), Set.of('A'), Path.of("hub.war"), Path.of("naive.war"),
                Path.of("tomcat"), Path.of("work"), 2, Set.of(), List.of(), FanOutSettings.standard(),
                SteadySettings.latency(), SteadySettings.stalled(), "",
                new TwoNodeOptions(1, 47080, List.of(47082, 47083), 0, List.of(1000)), ee, Floor.parse(Map.of()), 10_000, 2_000, "serial", "64m", "");
    }
}
