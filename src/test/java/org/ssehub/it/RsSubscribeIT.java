package org.ssehub.it;

import org.junit.jupiter.api.Test;
import org.ssehub.it.support.SseConnection;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link SubscribeIT} against {@code GET /api/rs/events}, the hub's resource on its JAX-RS
 * {@code SseBroadcaster}: headers, retry first, ids, multi-line data (CXF writes data unsplit, the hub
 * splits it), isolation, heartbeats, departed and closed clients, plain 400s. That path takes one
 * stream per request, so the tests of several streams and of {@code /api/news} become their one-stream
 * counterparts here.
 */
class RsSubscribeIT extends SubscribeIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Override
    String eventsPath() {
        return "api/rs/events";
    }

    /**
     * On Payara one heartbeat more: Grizzly reports a failed write only on the next one, and a sink,
     * which sends only whole events, has no empty write to provoke it as {@code /api/events} has.
     */
    @Override
    Duration departureBound() {
        return "payara".equals(System.getProperty("hub.server")) ? Duration.ofMillis(4000) : super.departureBound();
    }

    @Override
    @Test
    void oneConnectionCarriesSeveralStreamsWithACursorId() {
        assertBadRequest("api/rs/events?stream=a&stream=b", "one stream per request");
    }

    @Override
    @Test
    void defaultStreamIsEventsAndNewsHasAShortcut() {
        try (SseConnection events = SseConnection.open(hub.uri("api/rs/events"))) {
            events.next(WAIT);
            hub.publish("events", "message", "to events");
            assertEquals("to events", events.nextEvent(WAIT).data());
        }
    }

    @Override
    @Test
    void badSubscriptionsAreClientErrors() {
        assertBadRequest("api/rs/events?stream=", "invalid stream name");
        assertBadRequest("api/rs/events?stream=has%20space", "invalid stream name");
        assertBadRequest("api/rs/events?stream=" + "x".repeat(65), "invalid stream name");
        assertBadRequest("api/rs/events?stream=a&replay=some", "replay must be");
        assertBadRequest("api/rs/events?stream=a&lastEventId=abc", "invalid last event id");
    }

    @Override
    List<String> mistakes() {
        return List.of(
                "api/rs/events?stream=%ZZ",
                "api/rs/events?stream=%E0%A4%A",
                "api/rs/events?lastEventId=%ZZ",
                "api/rs/events?replay=%ZZ",
                "api/rs/events?stream=bad%20name",
                "api/rs/events?replay=-1",
                "api/rs/events?lastEventId=abc");
    }
}
