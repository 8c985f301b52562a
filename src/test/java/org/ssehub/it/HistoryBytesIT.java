package org.ssehub.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * History bounded in bytes (issue 14): large events published far past the node's byte bound, to many
 * streams and then to one. Every publish is answered, the node stays responsive, it retains no more
 * than its bounds, the oldest events of the node went first, a replay is coherent, and a resume of an
 * evicted id gets {@code hub-reset}. The bounds are configured small (4 MiB for the node, 3 MiB per
 * stream) rather than the heap: the embedded Tomcat shares the test JVM, and the bound is enforced in
 * bytes whatever the heap.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryBytesIT {

    private static final long NODE_BOUND = 4L << 20;
    private static final long STREAM_BOUND = 3L << 20;
    private static final int STREAMS = 20;
    private static final int ROUNDS = 10;
    private static final int ONE_STREAM = 100;
    private static final String PADDING = "p".repeat(60_000);
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RESPONSIVE = Duration.ofSeconds(1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("history-bytes", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.history.max-bytes", Long.toString(STREAM_BOUND),
                "sse.hub.history.max-total-bytes", Long.toString(NODE_BOUND)));
    }

    @ArquillianResource
    URL base;

    @Test
    void largeEventsFarPastTheBoundsKeepTheNodeWithinThemAndCoherent() {
        HubHttp hub = new HubHttp(base);
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < STREAMS; s++) {
                hub.publish("many-" + s, "message", round + ":" + PADDING); // fails unless 204
            }
        }
        List<String> oneIds = new ArrayList<>();
        for (int i = 0; i < ONE_STREAM; i++) {
            oneIds.add(hub.publish("one", "message", i + ":" + PADDING));
        }
        // 300 events of 60 kB: about 18 MB of text, and each event holds about three times that in memory.

        long start = System.nanoTime();
        HttpResponse<String> streams = hub.get("api/streams");
        assertFaster(start, "GET /api/streams");
        assertEquals(200, streams.statusCode());
        long total = Long.parseLong(streams.headers().firstValue("Hub-Retained-Bytes").orElseThrow());
        assertEquals(NODE_BOUND, Long.parseLong(streams.headers().firstValue("Hub-Max-Retained-Bytes").orElseThrow()));
        assertTrue(total > 0 && total <= NODE_BOUND, "retained " + total);
        assertEquals(total, sum(streams.body(), "retainedBytes"), "the node's total is its streams' sum: " + total);
        long oneBytes = field(hub.get("api/streams/one").body(), "retainedBytes");
        assertTrue(oneBytes > 0 && oneBytes <= STREAM_BOUND, "one retains " + oneBytes);

        // Oldest first across streams: the many-* streams were published round-robin before "one", so
        // what survives of them is the newest: if stream s keeps an event, every later stream does too.
        boolean keeps = false;
        for (int s = 0; s < STREAMS; s++) {
            HttpResponse<String> info = hub.get("api/streams/many-" + s);
            boolean kept = info.statusCode() == 200 && field(info.body(), "retained") > 0;
            assertTrue(kept || !keeps, "many-" + s + " lost everything after an earlier stream kept something");
            assertTrue(s > 0 || !kept, "many-0 held the node's oldest events: they went first");
            keeps |= kept;
        }

        int retained = (int) field(hub.get("api/streams/one").body(), "retained");
        start = System.nanoTime();
        try (SseConnection all = hub.subscribe("stream=one&replay=all")) {
            assertEquals(200, all.status());
            all.next(WAIT); // the retry frame
            assertFaster(start, "a subscribe");
            List<Frame> replay = all.events(retained, WAIT);
            List<String> replayed = replay.stream().map(Frame::id).toList();
            assertEquals(oneIds.subList(ONE_STREAM - retained, ONE_STREAM), replayed, "the newest events, in order, no gap");
            for (int i = 0; i < retained; i++) {
                assertTrue(replay.get(i).data().startsWith((ONE_STREAM - retained + i) + ":"), "event " + i + " intact");
                assertEquals(PADDING.length() + Integer.toString(ONE_STREAM - retained + i).length() + 1, replay.get(i).data().length());
            }
            all.expectNoEvent(Duration.ofMillis(300));
        }

        try (SseConnection resumed = hub.subscribe("stream=one", Map.of("Last-Event-ID", oneIds.get(0)))) {
            Frame reset = resumed.nextEvent(WAIT);
            assertEquals("hub-reset", reset.event());
            assertTrue(reset.data().contains("\"reason\":\"expired\""), reset.data());
            assertTrue(reset.data().contains("\"oldestId\":\"" + oneIds.get(ONE_STREAM - retained) + "\""), reset.data());
            assertEquals(oneIds.get(ONE_STREAM - retained), resumed.nextEvent(WAIT).id(), "then everything retained");
        }
    }

    private static void assertFaster(long startNanos, String what) {
        Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
        assertTrue(took.compareTo(RESPONSIVE) < 0, what + " took " + took);
    }

    private static long field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        assertTrue(m.find(), "no " + name + " in " + json);
        return Long.parseLong(m.group(1));
    }

    private static long sum(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        long sum = 0;
        while (m.find()) {
            sum += Long.parseLong(m.group(1));
        }
        return sum;
    }
}
