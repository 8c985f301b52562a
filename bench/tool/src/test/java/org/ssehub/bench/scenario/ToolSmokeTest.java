package org.ssehub.bench.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ssehub.bench.reference.NioReferenceServer;

/**
 * A few seconds of every scenario, small N, against the raw-NIO reference started in this JVM, so the tool
 * cannot silently rot: it must still connect, parse, count every event and see stalled clients cut off.
 * No timing assertion beyond "latency is measured and below a second".
 */
class ToolSmokeTest {

    private static final int PORT = 47901;
    private static NioReferenceServer server;
    private static Target target;

    @BeforeAll
    static void startReference() throws Exception {
        server = NioReferenceServer.start(new InetSocketAddress("127.0.0.1", PORT), 64 * 1024);
        target = new Target("nio", new InetSocketAddress("127.0.0.1", PORT), ProcessHandle.current().pid());
    }

    @AfterAll
    static void stopReference() throws InterruptedException {
        server.close();
    }

    @Test
    void latencyScenarioDeliversEveryEvent() throws InterruptedException {
        SteadySettings settings = new SteadySettings("C smoke", 100, 50, 64, 2, Duration.ofSeconds(1), 0);
        SteadyResult result = new SteadyScenario(target, settings, 2).run();

        assertEquals(100, result.connected());
        assertEquals(0, result.failed());
        assertTrue(result.total().published() >= 50, "published " + result.total().published());
        assertEquals(result.total().published() * 100, result.total().expected());
        assertEquals(result.total().expected(), result.total().delivered());
        assertEquals(result.total().delivered(), result.total().latency().p99() > 0 ? result.total().delivered() : -1);
        assertTrue(result.total().latency().p99() < 1_000_000, "p99 " + result.total().latency().p99() + " us");
        assertTrue(result.total().serverRssKiB() > 0, "RSS read from /proc");
        assertEquals(2, result.windows().size());
    }

    @Test
    void theJaxRsTargetSubscribesAtItsOwnPathAndCountsEveryEvent() throws InterruptedException {
        Target rs = new Target("hub-rs", target.address(), target.pid());
        assertEquals("/api/rs/events?stream=s", rs.eventsPath("s"));
        SteadySettings settings = new SteadySettings("C smoke rs", 50, 50, 64, 1, Duration.ofSeconds(1), 0);
        SteadyResult result = new SteadyScenario(rs, settings, 2).run();

        assertEquals(50, result.connected());
        assertEquals(0, result.failed());
        assertTrue(result.total().published() > 0, "published " + result.total().published());
        assertEquals(result.total().expected(), result.total().delivered());
    }

    @Test
    void stalledClientsAreCutOffAndHealthyOnesLoseNothing() throws InterruptedException {
        SteadySettings settings = new SteadySettings("D smoke", 50, 500, 1_024, 3, Duration.ofSeconds(1), 2);
        SteadyResult result = new SteadyScenario(target, settings, 2).run();

        assertEquals(2, result.stalled());
        assertEquals(2, result.total().stalledCutOff(), "the reference cuts off clients 64 KiB behind");
        assertEquals(0, result.closedByServer());
        assertEquals(result.total().expected(), result.total().delivered());
    }

    @Test
    void aBurstOfArrivalsIsTimedFromWhenEachWasDue() throws InterruptedException {
        BurstResult result = new BurstScenario(target, 300, 300, 2).run();

        assertEquals(300, result.arrivals());
        assertEquals(300, result.established(), "every arrival got its 200");
        assertEquals(0, result.failed());
        assertTrue(result.connect().p50() > 0, "connects timed: " + result.connect());
        assertTrue(result.connect().p50() <= result.connect().p99() && result.connect().p99() <= result.connect().max());
        assertTrue(result.connect().max() < 5_000_000, "a loopback connect in seconds at most: " + result.connect());
    }

    @Test
    void aBurstIsGivenAsArrivalsAtARate() {
        assertEquals(10_000, BurstScenario.parse("10000@2000")[0]);
        assertEquals(2_000, BurstScenario.parse("10000@2000")[1]);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> BurstScenario.parse("10000"));
    }

    @Test
    void fanOutLadderCountsEveryDelivery() throws InterruptedException {
        FanOutSettings settings = new FanOutSettings(List.of(50), 1_000, 2, 4_000, Duration.ofSeconds(1), 64);
        FanOutResult result = new FanOutScenario(target, settings, 2).run(50);

        // How far the ladder climbs depends on the box (a loaded one may not publish at the asked rate):
        // only what must hold anywhere is asserted.
        assertEquals(50, result.connected());
        assertFalse(result.steps().isEmpty());
        assertTrue(result.steps().stream().allMatch(s -> s.expected() > 0 && s.delivered() == s.expected()),
                result.steps().toString());
        assertTrue(result.maxSustained() > 0, "max sustained " + result.maxSustained());
        assertTrue(List.of("ladder", "publish rate").contains(result.limitedBy()), result.limitedBy());
    }

    @Test
    void idleScenarioHoldsConnectionsAndReadsRss() throws InterruptedException {
        List<IdleLevel> levels = new IdleScenario(target, List.of(100, 300), Duration.ofMillis(200), 2, null).run();

        assertEquals(2, levels.size());
        assertEquals(300, levels.get(1).held());
        assertEquals(0, levels.get(1).failed());
        assertTrue(levels.get(1).rssKiB() > 0);
    }
}
