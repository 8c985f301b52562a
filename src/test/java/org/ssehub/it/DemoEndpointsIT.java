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
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed's per-connection streams: clock (seed 000), count (seed 001), ping (seed 002). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoEndpointsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("demos", Map.of("sse.hub.demo.generators", "false"));
    }

    @ArquillianResource
    URL base;

    @Test
    void clockSendsTenLocalTimesThenEnds() {
        HubHttp hub = new HubHttp(base);
        try (SseConnection clock = SseConnection.open(hub.uri("api/demo/clock"))) {
            assertSseHeaders(clock);
            List<Frame> frames = clock.events(10, Duration.ofSeconds(30));
            for (Frame frame : frames) {
                assertEquals("message", frame.event());
                assertTrue(frame.data().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"), frame.data());
            }
            clock.awaitEnd(Duration.ofSeconds(10));
        }
    }

    @Test
    void countSendsZeroToFourThenEnds() {
        HubHttp hub = new HubHttp(base);
        try (SseConnection count = SseConnection.open(hub.uri("api/demo/count"))) {
            assertSseHeaders(count);
            List<Frame> frames = count.events(5, Duration.ofSeconds(20));
            assertEquals(List.of("0", "1", "2", "3", "4"), frames.stream().map(Frame::data).toList());
            frames.forEach(frame -> assertNull(frame.event(), "count sends plain data frames"));
            count.awaitEnd(Duration.ofSeconds(10));
        }
    }

    @Test
    void pingSendsIdTypeRetryAndDataEverySecond() {
        HubHttp hub = new HubHttp(base);
        try (SseConnection ping = SseConnection.open(hub.uri("api/demo/ping"))) {
            assertSseHeaders(ping);
            List<Frame> frames = ping.events(3, Duration.ofSeconds(20));
            for (Frame frame : frames) {
                assertEquals("ping", frame.event());
                assertEquals("10000", frame.retry());
                assertTrue(frame.id().matches("\\d{10}"), frame.id());
                assertEquals("data-" + frame.id(), frame.data());
            }
            long first = frames.get(0).idAsLong();
            long last = frames.get(2).idAsLong();
            assertTrue(last - first >= 1 && last - first <= 4, "one a second: " + first + " .. " + last);
        }
    }

    private static void assertSseHeaders(SseConnection sse) {
        assertEquals(200, sse.status());
        assertTrue(sse.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("no-cache", sse.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no", sse.headers().firstValue("X-Accel-Buffering").orElse(""));
        assertEquals("*", sse.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }
}
