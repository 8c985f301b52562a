package org.ssehub.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.RawClients;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Draining with 500 open connections: readiness goes down first, new subscriptions get 503 with
 * Retry-After, every connection is sent a jittered {@code retry:} and then closed, the closes spread
 * over the window (measured), and once the node takes subscriptions again every client's last id
 * resumes with what was published meanwhile (publishes accepted during the drain included).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DrainIT {

    static final int CLIENTS = 500;
    static final int STREAMS = 5;
    static final long WINDOW_MILLIS = 4_000;
    static final long RETRY_MILLIS = 2_000;
    /** Generous: 500 connections on a loaded 2-core machine. */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(90);
    /** No generators (they would add streams and events), a 4 s drain window, a 2 s retry to jitter. */
    static final Map<String, String> SETTINGS = Map.of("sse.hub.demo.generators", "false",
            "sse.hub.drain-seconds", Long.toString(WINDOW_MILLIS / 1000), "sse.hub.retry-millis", Long.toString(RETRY_MILLIS));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("drain", SETTINGS);
    }

    @ArquillianResource
    URL base;

    @Test
    void closesSpreadOverTheWindowAndEveryClientResumes() throws Exception {
        HubHttp hub = new HubHttp(base);
        URI root = base.toURI();
        assertEquals(200, hub.get("api/health/ready").statusCode());
        Map<String, String> newest = new HashMap<>();
        try (RawClients clients = new RawClients()) {
            clients.open(root, CLIENTS, i -> "drain-" + (i % STREAMS), i -> null);
            // the hub's own count of admitted connections, while the clients read what they get (generous: a loaded box)
            clients.readWhile(SETTLE, () -> hub.openConnections() < CLIENTS,
                    () -> "connections the hub counts: " + hub.openConnections() + " of " + CLIENTS + "; " + clients.summary());
            assertTrue(clients.readUntil(SETTLE.toMillis(), c -> c.status != null && !c.retries.isEmpty()), "every client got its stream: "
                    + clients.summary());
            HubHttp.await(SETTLE, "all subscribed", () -> subscribers(hub) == CLIENTS);
            for (int s = 0; s < STREAMS; s++) {
                newest.put("drain-" + s, hub.publish("drain-" + s, "message", "before " + s));
            }
            assertTrue(clients.readUntil(30_000, c -> newest.get(c.stream).equals(c.lastId)), "every client got the event before the drain");

            HttpResponse<String> drain = hub.post("api/health/drain", "text/plain", new byte[0], Map.of());
            long drainStarted = System.nanoTime();
            assertEquals(202, drain.statusCode(), drain.body());
            assertTrue(drain.body().contains("\"status\":\"DOWN\""), drain.body());
            HttpResponse<String> ready = hub.get("api/health/ready");
            assertEquals(503, ready.statusCode(), "not ready while draining: " + ready.body());
            assertTrue(ready.body().contains("\"name\":\"drain\",\"status\":\"DOWN\""), ready.body());
            assertEquals(200, hub.get("api/health/live").statusCode(), "alive while draining");
            HttpResponse<String> refused = hub.get("api/events?stream=drain-0");
            assertEquals(503, refused.statusCode(), "a new subscription while draining");
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "503 with Retry-After");
            for (int s = 0; s < STREAMS; s++) { // accepted during the drain: delivered, or replayed on resume
                newest.put("drain-" + s, hub.publish("drain-" + s, "message", "during " + s));
            }

            assertTrue(clients.readUntil(WINDOW_MILLIS + 10_000, c -> c.closedAtNanos != 0), "every connection closed");
            List<Long> closes = new ArrayList<>();
            for (RawClients.Client client : clients.clients()) {
                closes.add((client.closedAtNanos - drainStarted) / 1_000_000);
                assertEquals(2, client.retries.size(), "the opening retry and the drain's: " + client.retries);
                long jittered = client.retries.get(1);
                assertTrue(jittered >= RETRY_MILLIS / 2 && jittered <= RETRY_MILLIS * 3 / 2, "retry with jitter: " + jittered);
            }
            closes.sort(null);
            long first = closes.get(0);
            long last = closes.get(closes.size() - 1);
            int[] perSecond = new int[(int) (last / 1000) + 1];
            closes.forEach(at -> perSecond[(int) (at / 1000)]++);
            int busiest = java.util.Arrays.stream(perSecond).max().orElseThrow();
            assertTrue(last - first >= WINDOW_MILLIS * 7 / 10, "closes spread over the window: " + first + ".." + last + " ms");
            assertTrue(last <= WINDOW_MILLIS + 3_000, "all closed within the window: " + last + " ms");
            assertTrue(busiest <= CLIENTS * 4 / 10, "no one second takes most closes: " + java.util.Arrays.toString(perSecond));
            assertTrue(clients.clients().stream().map(c -> c.retries.get(1)).distinct().count() > 1, "the retries differ (jitter)");
            System.out.printf("drain of %d connections: closes from %d to %d ms, per second %s%n", CLIENTS, first, last,
                    java.util.Arrays.toString(perSecond));

            HttpResponse<String> undrain = hub.delete("api/health/drain");
            assertEquals(200, undrain.statusCode(), undrain.body());
            assertEquals(200, hub.get("api/health/ready").statusCode(), "ready again");

            try (RawClients resumed = new RawClients()) {
                List<RawClients.Client> before = clients.clients();
                resumed.open(root, CLIENTS, i -> before.get(i).stream, i -> before.get(i).lastId);
                assertTrue(resumed.readUntil(30_000, c -> !c.retries.isEmpty()
                                && newest.get(c.stream).equals(c.lastId != null ? c.lastId : before.get(c.index).lastId)),
                        "every client resumed up to the newest event of its stream");
                for (RawClients.Client client : resumed.clients()) {
                    assertFalse(client.reset, "resumed within the window, no hub-reset");
                    assertFalse(client.ids.contains(before.get(client.index).lastId), "nothing it had is sent again");
                }
            }
        }
    }

    private static int subscribers(HubHttp hub) {
        int total = 0;
        for (int s = 0; s < STREAMS; s++) {
            total += hub.subscribers("drain-" + s);
        }
        return total;
    }
}
