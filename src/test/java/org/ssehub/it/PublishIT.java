package org.ssehub.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.SubscribeIT.fresh;
import static org.ssehub.it.support.HubHttp.q;

/** Publishing over HTTP and from CDI beans: statuses, limits, ids, and per-stream order. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("publish", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.max-body-bytes", "1024"), CdiPublisherResource.class);
    }

    @ArquillianResource
    URL base;
    HubHttp hub;

    @BeforeEach
    void setUp() {
        hub = new HubHttp(base);
    }

    @Test
    void postPublishesTheBodyVerbatimAndAnswersWithTheId() {
        String stream = fresh();
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            String text = "  {\"username\":\"john_doe\",\"status\":\"online\"}  ";
            HttpResponse<String> response = hub.post("api/publish?stream=" + stream + "&type=userupdate",
                    "application/json", text.getBytes(StandardCharsets.UTF_8), Map.of());
            assertEquals(204, response.statusCode());
            String id = response.headers().firstValue("Event-Id").orElseThrow();
            assertEquals(new Frame(id, "userupdate", text, null, null), sse.nextEvent(WAIT));
        }
    }

    @Test
    void aFormEncodedBodyFromCurlDashDIsTakenVerbatimToo() {
        String stream = fresh();
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            HttpResponse<String> response = hub.post("api/publish?stream=" + stream, "application/x-www-form-urlencoded",
                    "hello=world&x=1".getBytes(StandardCharsets.UTF_8), Map.of());
            assertEquals(204, response.statusCode());
            assertEquals("hello=world&x=1", sse.nextEvent(WAIT).data());
        }
    }

    @Test
    void getWithMsgPublishesTheSeedsWay() {
        String stream = fresh();
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            HttpResponse<String> response = hub.get("api/publish?stream=" + stream + "&type=message&msg=" + q("héllo wörld"));
            assertEquals(204, response.statusCode());
            assertTrue(response.headers().firstValue("Event-Id").isPresent());
            Frame frame = sse.nextEvent(WAIT);
            assertEquals("message", frame.event());
            assertEquals("héllo wörld", frame.data());
        }
    }

    @Test
    void defaultsAreStreamEventsAndTypeMessage() {
        try (SseConnection sse = hub.subscribe("stream=events")) {
            sse.next(WAIT);
            assertEquals(204, hub.get("api/publish?msg=hello").statusCode());
            Frame frame = sse.nextEvent(WAIT);
            assertEquals("message", frame.event());
            assertEquals("hello", frame.data());
        }
    }

    @Test
    void anEmptyBodyFallsBackToMsg() {
        String stream = fresh();
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            HttpResponse<String> response = hub.post("api/publish?stream=" + stream + "&msg=fallback", null, new byte[0], Map.of());
            assertEquals(204, response.statusCode());
            assertEquals("fallback", sse.nextEvent(WAIT).data());
        }
    }

    @Test
    void clientMistakesGetAPlainFourHundred() {
        assertStatus(400, "msg required", hub.post("api/publish", "text/plain", new byte[0], Map.of()));
        assertStatus(400, "msg required", hub.get("api/publish?type=message"));
        assertStatus(400, "msg required", hub.get("api/publish?msg=%20%20"));
        assertStatus(400, "CR, LF or NUL", hub.get("api/publish?msg=x&type=" + q("bad\ntype")));
        assertStatus(400, "CR, LF or NUL", hub.get("api/publish?msg=x&type=" + q("bad\rtype")));
        assertStatus(400, "CR, LF or NUL", hub.get("api/publish?msg=x&type=" + q("bad\0type")));
        assertStatus(400, "too long", hub.get("api/publish?msg=x&type=" + "t".repeat(65)));
        assertStatus(400, "reserved", hub.get("api/publish?msg=x&type=hub-reset"));
        assertStatus(400, "invalid stream name", hub.get("api/publish?msg=x&stream=" + q("no/slash")));
        assertStatus(400, "invalid stream name", hub.get("api/publish?msg=x&stream=" + "s".repeat(65)));
        assertStatus(400, "not valid UTF-8", hub.post("api/publish", "text/plain; charset=UTF-8",
                new byte[]{(byte) 0xC3, (byte) 0x28}, Map.of()));
        assertStatus(400, "charset", hub.post("api/publish", "text/plain; charset=no-such-charset",
                "x".getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        assertStatus(413, "too large", hub.post("api/publish", "text/plain", "x".repeat(1025).getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals(204, hub.post("api/publish?stream=" + fresh(), "text/plain",
                "x".repeat(1024).getBytes(StandardCharsets.UTF_8), Map.of()).statusCode());
    }

    @Test
    void theTypeMayBeSixtyFourCharacters() {
        assertEquals(204, hub.get("api/publish?msg=x&stream=" + fresh() + "&type=" + "t".repeat(64)).statusCode());
    }

    @Test
    void otherBeansPublishThroughTheCdiBus() {
        String stream = fresh();
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            HttpResponse<String> response = hub.post("api/test/cdi?stream=" + stream, null, new byte[0], Map.of());
            assertEquals(200, response.statusCode(), response.body());
            List<Frame> events = sse.events(2, WAIT);
            assertEquals(new Frame(response.body(), "from-bus", "injected", null, null), events.get(0));
            assertEquals("from-event", events.get(1).event());
            assertEquals("fired", events.get(1).data());
        }
    }

    @Test
    void concurrentPublishersKeepPerStreamOrder() throws Exception {
        String stream = fresh();
        int publishers = 4;
        int each = 150;
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            List<CompletableFuture<List<Long>>> running = new ArrayList<>();
            for (int p = 0; p < publishers; p++) {
                int publisher = p;
                running.add(CompletableFuture.supplyAsync(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        ids.add(Long.parseLong(hub.publish(stream, "message", publisher + ":" + n)));
                    }
                    return ids;
                }));
            }
            Map<String, Long> idOf = new HashMap<>();
            for (int p = 0; p < publishers; p++) {
                List<Long> ids = running.get(p).get();
                for (int n = 0; n < each; n++) {
                    idOf.put(p + ":" + n, ids.get(n));
                    if (n > 0) {
                        assertTrue(ids.get(n) > ids.get(n - 1), "a publisher's ids increase in its publish order");
                    }
                }
            }
            List<Frame> received = sse.events(publishers * each, WAIT);
            int[] next = new int[publishers];
            long previous = 0;
            for (Frame frame : received) {
                assertTrue(frame.idAsLong() > previous, "delivered in id order");
                previous = frame.idAsLong();
                assertEquals(idOf.get(frame.data()), frame.idAsLong(), "the id the publisher was told");
                String[] parts = frame.data().split(":");
                int publisher = Integer.parseInt(parts[0]);
                assertEquals(next[publisher]++, Integer.parseInt(parts[1]), "publisher " + publisher + " in order");
            }
            sse.expectNoEvent(Duration.ofMillis(300));
        }
    }

    private static void assertStatus(int status, String messagePart, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(messagePart), "body: " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                response.headers().toString());
    }
}
