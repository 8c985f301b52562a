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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.SubscribeIT.fresh;

/** Clients that never read are cut off once their backlog is full; everyone else gets everything. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SlowConsumerIT {

    private static final int STALLED = 10;
    private static final int HEALTHY = 3;
    private static final int EVENTS = 600;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("slow", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.client.max-queued-events", "50"));
    }

    @ArquillianResource
    URL base;

    @Test
    void stalledClientsAreCutOffWhileHealthyOnesGetEveryEvent() throws Exception {
        HubHttp hub = new HubHttp(base, eventsPath());
        String stream = fresh();
        List<StalledClient> stalled = new ArrayList<>();
        List<SseConnection> healthy = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                stalled.add(new StalledClient(base, eventsPath(), "stream=" + stream));
            }
            for (int i = 0; i < HEALTHY; i++) {
                SseConnection client = hub.subscribe("stream=" + stream);
                client.next(Duration.ofSeconds(10));
                healthy.add(client);
            }
            HubHttp.await(Duration.ofSeconds(10), "all subscribers", () -> hub.subscribers(stream) == STALLED + HEALTHY);

            // 600 x 16 KiB = 9.4 MiB per client: more than the kernel's socket buffers can hide.
            String payload = "x".repeat(16 * 1024);
            for (int i = 0; i < EVENTS; i++) {
                hub.publish(stream, "message", i + ":" + payload);
            }

            for (SseConnection client : healthy) {
                List<Frame> events = client.events(EVENTS, Duration.ofSeconds(60));
                for (int i = 0; i < EVENTS; i++) {
                    assertTrue(events.get(i).data().startsWith(i + ":"), "healthy client got event " + i + " in order");
                }
            }
            HubHttp.await(Duration.ofSeconds(10), "the stalled clients to be cut off",
                    () -> hub.subscribers(stream) == HEALTHY);
            if (serverClosesStalledSockets()) {
                for (StalledClient client : stalled) {
                    assertTrue(client.closedByServer(StalledClient.CLOSE_WITHIN_MILLIS), "the server closed a stalled connection");
                }
            }
            assertEquals(HEALTHY, hub.subscribers(stream));
        } finally {
            for (StalledClient client : stalled) {
                client.close();
            }
            healthy.forEach(SseConnection::close);
        }
    }

    /**
     * Whether the server closes a cut-off stalled client's socket within {@link StalledClient#CLOSE_WITHIN_MILLIS}:
     * it does for {@code /api/events} on every server; see {@link RsSlowConsumerIT} for the JAX-RS path.
     */
    boolean serverClosesStalledSockets() {
        return true;
    }

    /** The subscribe endpoint under test; {@link RsSlowConsumerIT} runs this against the JAX-RS one. */
    String eventsPath() {
        return "api/events";
    }
}
