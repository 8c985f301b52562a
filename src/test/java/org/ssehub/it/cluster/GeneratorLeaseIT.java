package org.ssehub.it.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.SseConnection;
import org.ssehub.redis.RedisServerExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.cluster.ClusterChecks.settings;

/** The demo generators run once per cluster: one tick per 5 s with two nodes up, and on after a node stops. */
class GeneratorLeaseIT {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();
    private static final String LEASE = "sse-hub:lease:demo-generators";

    @Test
    void oneNodeTicksForTheClusterAndAnotherGoesOnWhenItStops() {
        HubNode a = HubNode.start("gen-a", settings(REDIS.url(), true));
        HubNode b = HubNode.start("gen-b", settings(REDIS.url(), true));
        try (SseConnection onA = a.http.subscribe("stream=events"); SseConnection onB = b.http.subscribe("stream=events")) {
            List<Long> onATicks = ticks(onA, Duration.ofSeconds(11));
            List<Long> onBTicks = ticks(onB, Duration.ofMillis(200));
            assertTrue(onATicks.size() >= 2, "ticks in 11 s: " + onATicks);
            assertTrue(onBTicks.containsAll(onATicks.subList(1, onATicks.size())), onATicks + " vs " + onBTicks);
            for (int i = 1; i < onATicks.size(); i++) {
                long apartMillis = (onATicks.get(i) - onATicks.get(i - 1)) / 1000;
                assertTrue(apartMillis > 4_000, "two ticks " + apartMillis + " ms apart: the generators ran twice");
            }

            String holder = REDIS.cli("GET", LEASE).trim();
            a.close();
            List<Long> after = ticks(onB, Duration.ofSeconds(12));
            assertTrue(after.size() >= 1, "no tick within 12 s of node A stopping (lease was " + holder + ")");
            assertEquals("1", REDIS.cli("EXISTS", LEASE).trim(), "the remaining node holds the lease");
        } finally {
            a.close();
            b.close();
        }
    }

    /** Ids of the {@code tick} events that arrive within the window. */
    private static List<Long> ticks(SseConnection sse, Duration window) {
        List<Long> ids = new ArrayList<>();
        long deadline = System.nanoTime() + window.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Frame frame = sse.next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), Frame::isEvent);
                if ("tick".equals(frame.event())) {
                    ids.add(frame.idAsLong());
                }
            } catch (AssertionError windowOver) {
                break;
            }
        }
        return ids;
    }
}
