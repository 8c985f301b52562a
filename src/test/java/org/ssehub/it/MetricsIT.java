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
import org.ssehub.it.support.PrometheusText;
import org.ssehub.it.support.SseConnection;
import org.ssehub.it.support.StalledClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/metrics} parses as Prometheus text (Prometheus' own parser), and its counters move by
 * exactly what known publishes, refusals, deliveries, resumes, replays and a cut-off add; per-stream
 * series only for the allow-listed stream; a scrape that is not from loopback is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("scrape", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.client.max-queued-events", "50",
                "sse.hub.metrics.streams", "watched"));
    }

    @ArquillianResource
    URL base;

    @Test
    void countersMoveByWhatHappened() {
        HubHttp hub = new HubHttp(base);
        PrometheusText before = hub.metrics();
        try (SseConnection live = hub.subscribe("stream=watched")) {
            live.next(WAIT);
            HubHttp.await(WAIT, "the subscriber", () -> hub.subscribers("watched") == 1);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                ids.add(hub.publish("watched", "message", "event " + i));
            }
            assertEquals(3, live.events(3, WAIT).size());
            PrometheusText meanwhile = hub.metrics();
            assertEquals(1, meanwhile.value("sse_hub_stream_subscribers", "stream", "watched"), "the allow-listed stream's series");
            assertEquals(3, meanwhile.value("sse_hub_stream_retained_events", "stream", "watched"));
            Matcher bytes = Pattern.compile("\"retainedBytes\"\\s*:\\s*(\\d+)")
                    .matcher(hub.get("api/streams/watched").body());
            assertTrue(bytes.find(), "retainedBytes on /api/streams/watched");
            assertTrue(Long.parseLong(bytes.group(1)) > 3 * "event 0".length(), "three events' bytes at least");
            assertEquals(Long.parseLong(bytes.group(1)), meanwhile.value("sse_hub_stream_retained_bytes", "stream", "watched"),
                    "the stream's retained bytes, as /api/streams counts them");
            assertEquals(400, hub.post("api/publish?stream=watched&type=" + HubHttp.q("two\nlines"), "text/plain",
                    "x".getBytes(StandardCharsets.UTF_8), Map.of()).statusCode(), "an invalid type");
            assertEquals(403, hub.post("api/publish?stream=watched", "text/plain", "x".getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Forwarded-For", "203.0.113.9")).statusCode(), "a proxied publish");
            try (SseConnection resumed = hub.subscribe("stream=watched", Map.of("Last-Event-ID", ids.get(0)))) {
                assertEquals(List.of("event 1", "event 2"), resumed.events(2, WAIT).stream().map(Frame::data).toList());
            }
            try (SseConnection ahead = hub.subscribe("stream=watched", Map.of("Last-Event-ID", "9" + ids.get(2)))) {
                assertEquals("hub-reset", ahead.nextEvent(WAIT).event(), "an id the stream never gave");
            }

            PrometheusText after = hub.metrics();
            assertMoved(before, after, 3, "sse_hub_events_published_total", "outcome", "accepted");
            assertMoved(before, after, 1, "sse_hub_events_published_total", "outcome", "rejected", "reason", "invalid");
            assertMoved(before, after, 1, "sse_hub_events_published_total", "outcome", "rejected", "reason", "forbidden");
            assertMoved(before, after, 3 + 2, "sse_hub_events_delivered_total");
            assertMoved(before, after, 2, "sse_hub_events_replayed_total");
            assertMoved(before, after, 1, "sse_hub_resumes_total", "result", "in_window");
            assertMoved(before, after, 1, "sse_hub_resumes_total", "result", "unknown");
            assertMoved(before, after, 0, "sse_hub_resumes_total", "result", "expired");
            assertMoved(before, after, 3, "sse_hub_publish_duration_seconds_count");
            assertTrue(after.value("sse_hub_written_bytes_total") - before.value("sse_hub_written_bytes_total") > 5 * "event 0".length(),
                    "bytes written");
            assertTrue(after.value("sse_hub_connections_open") >= 1, "connections open");
            assertTrue(after.value("sse_hub_subscriptions_open") >= 1, "subscriptions open");
            assertTrue(after.value("sse_hub_streams_held") >= 1, "streams held");
            assertEquals("counter", after.family("sse_hub_cutoffs").orElseThrow().type());
            assertEquals("histogram", after.family("sse_hub_publish_duration_seconds").orElseThrow().type());
            assertEquals("gauge", after.family("sse_hub_client_backlog_largest_bytes").orElseThrow().type());
            assertTrue(after.has("sse_hub_dispatch_queue_depth"), "dispatcher queue depth");
            assertTrue(after.has("jvm_memory_used_bytes"), "JVM binders");
            assertFalse(after.has("sse_hub_backplane_up"), "no backplane meters in memory mode");
            assertFalse(after.samples().stream().anyMatch(s -> s.labels().containsKey("stream") && !s.labels().get("stream").equals("watched")),
                    "no series for streams not allow-listed");
        }
    }

    @Test
    void aStalledClientCutOffIsCounted() throws Exception {
        HubHttp hub = new HubHttp(base);
        PrometheusText before = hub.metrics();
        try (StalledClient stalled = new StalledClient(base, "stream=stalled")) {
            HubHttp.await(WAIT, "the stalled subscriber", () -> hub.subscribers("stalled") == 1);
            String payload = "x".repeat(16 * 1024);
            for (int i = 0; i < 600 && hub.subscribers("stalled") == 1; i++) { // until the cut-off
                hub.publish("stalled", "message", i + ":" + payload);
            }
            // The hub's cut-off, not the server's socket close (Payara keeps that socket open longer: README).
            HubHttp.await(Duration.ofSeconds(30), "the stalled client to be cut off", () -> hub.subscribers("stalled") == 0);
        }
        PrometheusText after = hub.metrics();
        assertMoved(before, after, 1, "sse_hub_cutoffs_total", "reason", "backlog_full");
    }

    @Test
    void aScrapeThatIsNotFromLoopbackIsRefused() {
        HubHttp hub = new HubHttp(base);
        HttpResponse<String> proxied = hub.get("api/metrics", Map.of("X-Forwarded-For", "203.0.113.9"));
        assertEquals(403, proxied.statusCode(), proxied.body());
        assertTrue(proxied.body().contains("sse.hub.metrics-token"), proxied.body());
        assertFalse(proxied.body().contains("sse_hub_"), "no figures leak");
        assertEquals(403, hub.get("api/metrics", Map.of("Origin", "http://evil.example")).statusCode(), "a page of another origin");
    }

    private static void assertMoved(PrometheusText before, PrometheusText after, double by, String name, String... labels) {
        assertEquals(by, after.value(name, labels) - before.value(name, labels), name + " " + List.of(labels));
    }
}
