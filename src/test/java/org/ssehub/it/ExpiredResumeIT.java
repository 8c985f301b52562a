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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.SubscribeIT.fresh;

/** A resume point older than the history window: signalled, then everything still retained. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredResumeIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("expired", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.history.max-events", "5"));
    }

    @ArquillianResource
    URL base;

    @Test
    void anIdThatLeftTheHistoryIsSignalledThenTheRetainedEventsFollow() {
        HubHttp hub = new HubHttp(base, eventsPath());
        String stream = fresh();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(hub.publish(stream, "message", Integer.toString(i)));
        }
        try (SseConnection sse = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", ids.get(1)))) {
            Frame reset = sse.nextEvent(WAIT);
            assertEquals("hub-reset", reset.event());
            assertTrue(reset.data().contains("\"reason\":\"expired\""), reset.data());
            assertTrue(reset.data().contains("\"oldestId\":\"" + ids.get(5) + "\""), reset.data());
            List<Frame> retained = sse.events(5, WAIT);
            assertEquals(List.of("5", "6", "7", "8", "9"), retained.stream().map(Frame::data).toList());
        }
        // One that is still inside the window resumes without a signal.
        try (SseConnection sse = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", ids.get(7)))) {
            List<Frame> rest = sse.events(2, WAIT);
            assertEquals(List.of("8", "9"), rest.stream().map(Frame::data).toList());
        }
        assertEquals(5, retainedCount(hub, stream));
    }

    /** The subscribe endpoint under test; {@link RsExpiredResumeIT} runs this against the JAX-RS one. */
    String eventsPath() {
        return "api/events";
    }

    private static int retainedCount(HubHttp hub, String stream) {
        String body = hub.get("api/streams/" + stream).body();
        return Integer.parseInt(body.replaceAll(".*\"retained\"\\s*:\\s*(\\d+).*", "$1"));
    }
}
