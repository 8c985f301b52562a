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
import org.ssehub.it.support.StalledClient;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.SubscribeIT.fresh;

/**
 * A client the server can write nothing to is cut off after the stall limit even when its backlog
 * has room: the backlog limits here are far above what is published, so only the time bound can act.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StallCutOffIT {

    private static final int EVENTS = 600;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("stall", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.client.max-queued-events", "1000000",
                "sse.hub.client.max-queued-bytes", "1073741824",
                "sse.hub.client.max-stall-seconds", "2"));
    }

    @ArquillianResource
    URL base;

    @Test
    void aClientThatTakesNothingIsCutOffAfterTheStallLimitWhileItsBacklogHasRoom() throws Exception {
        HubHttp hub = new HubHttp(base, eventsPath());
        String stream = fresh();
        try (StalledClient stalled = new StalledClient(base, eventsPath(), "stream=" + stream);
             SseConnection healthy = hub.subscribe("stream=" + stream)) {
            healthy.next(Duration.ofSeconds(10));
            HubHttp.await(Duration.ofSeconds(10), "both subscribers", () -> hub.subscribers(stream) == 2);

            // 600 x 16 KiB = 9.4 MiB: more than the kernel's socket buffers take, far less than the backlog limits.
            String payload = "x".repeat(16 * 1024);
            for (int i = 0; i < EVENTS; i++) {
                hub.publish(stream, "message", i + ":" + payload);
            }

            List<Frame> events = healthy.events(EVENTS, Duration.ofSeconds(60));
            assertEquals(EVENTS, events.size());
            for (int i = 0; i < EVENTS; i++) {
                assertTrue(events.get(i).data().startsWith(i + ":"), "healthy client got event " + i + " in order");
            }
            HubHttp.await(Duration.ofSeconds(15), "the stalled client to be cut off", () -> hub.subscribers(stream) == 1);
            if (serverClosesStalledSocket()) {
                assertTrue(stalled.closedByServer(StalledClient.CLOSE_WITHIN_MILLIS), "the server closed the stalled connection");
            }

            hub.publish(stream, "message", "after");
            assertEquals("after", healthy.nextEvent(Duration.ofSeconds(10)).data(), "the healthy client goes on");
        }
    }

    /** The subscribe endpoint under test; {@link RsStallCutOffIT} runs this against the JAX-RS one. */
    String eventsPath() {
        return "api/events";
    }

    /**
     * Whether the server under test closes the socket of a client cut off here within
     * {@link StalledClient#CLOSE_WITHIN_MILLIS}: Tomcat and TomEE do; Payara Micro kept it open longer in the
     * whole suite even with its transport write timeout at 20 s (README), so there only the cut-off and the
     * healthy client's events are checked.
     */
    boolean serverClosesStalledSocket() {
        return !"payara".equals(System.getProperty("hub.server", "tomcat"));
    }
}
