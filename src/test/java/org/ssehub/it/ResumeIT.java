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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.SubscribeIT.fresh;

/** Resuming after an id and replaying the retained past: no gap, no duplicate, explicit resets. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResumeIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("resume", Map.of("sse.hub.demo.generators", "false"));
    }

    @ArquillianResource
    URL base;
    HubHttp hub;

    @BeforeEach
    void setUp() {
        hub = new HubHttp(base, eventsPath());
    }

    /** The subscribe endpoint under test; {@link RsResumeIT} runs the one-stream tests against the JAX-RS one. */
    String eventsPath() {
        return "api/events";
    }

    @Test
    void resumesAfterTheLastEventIdHeader() {
        String stream = fresh();
        List<String> ids = publish(stream, 5);
        try (SseConnection sse = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", ids.get(1)))) {
            assertEquals(List.of("2", "3", "4"), data(sse.events(3, WAIT)));
            sse.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void resumesAfterTheLastEventIdParameter() {
        String stream = fresh();
        List<String> ids = publish(stream, 5);
        try (SseConnection sse = hub.subscribe("stream=" + stream + "&lastEventId=" + ids.get(3))) {
            Frame only = sse.nextEvent(WAIT);
            assertEquals("4", only.data());
            assertEquals(ids.get(4), only.id());
            sse.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void theHeaderWinsOverTheParameterSoABrowserReconnectResumes() {
        String stream = fresh();
        List<String> ids = publish(stream, 4);
        try (SseConnection sse = hub.subscribe("stream=" + stream + "&lastEventId=" + ids.get(0) + "&replay=all",
                Map.of("Last-Event-ID", ids.get(2)))) {
            assertEquals("3", sse.nextEvent(WAIT).data());
            sse.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void replayAllAndReplayLastN() {
        String stream = fresh();
        publish(stream, 6);
        try (SseConnection all = hub.subscribe("stream=" + stream + "&replay=all");
             SseConnection last = hub.subscribe("stream=" + stream + "&replay=2")) {
            assertEquals(List.of("0", "1", "2", "3", "4", "5"), data(all.events(6, WAIT)));
            assertEquals(List.of("4", "5"), data(last.events(2, WAIT)));
            hub.publish(stream, "message", "live");
            assertEquals("live", all.nextEvent(WAIT).data());
            assertEquals("live", last.nextEvent(WAIT).data());
        }
    }

    @Test
    void eventsPublishedDuringTheReplayArriveOnceAndInOrder() throws Exception {
        String stream = fresh();
        List<String> before = publish(stream, 300);
        int total = 1300;
        CompletableFuture<List<String>> more = CompletableFuture.supplyAsync(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 300; i < total; i++) {
                ids.add(hub.publish(stream, "message", Integer.toString(i)));
            }
            return ids;
        });
        // Subscribe by header and by parameter while the publisher is running.
        try (SseConnection byHeader = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", before.get(49)));
             SseConnection byParam = hub.subscribe("stream=" + stream + "&lastEventId=" + before.get(99))) {
            more.get();
            assertContiguous(byHeader.events(total - 50, WAIT), 50);
            assertContiguous(byParam.events(total - 100, WAIT), 100);
            byHeader.expectNoEvent(Duration.ofMillis(300));
            byParam.expectNoEvent(Duration.ofMillis(100));
        }
    }

    @Test
    void aCursorResumesEveryStreamOfAConnection() {
        String a = fresh();
        String b = fresh();
        String cursor;
        try (SseConnection sse = hub.subscribe("stream=" + a + "&stream=" + b)) {
            sse.next(WAIT);
            hub.publish(a, "message", "a0");
            hub.publish(b, "message", "b0");
            List<Frame> seen = sse.events(2, WAIT);
            cursor = seen.get(1).id();
        }
        hub.publish(b, "message", "b1");
        hub.publish(a, "message", "a1");
        try (SseConnection sse = hub.subscribe("stream=" + a + "&stream=" + b, Map.of("Last-Event-ID", cursor))) {
            List<String> missed = data(sse.events(2, WAIT));
            assertTrue(missed.containsAll(List.of("a1", "b1")) && missed.size() == 2, missed.toString());
            sse.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void anIdNeverIssuedIsSignalledThenLiveOnly() {
        String stream = fresh();
        List<String> ids = publish(stream, 2);
        String future = Long.toString(Long.parseLong(ids.get(1)) + 60_000_000L);
        try (SseConnection sse = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", future))) {
            Frame reset = sse.nextEvent(WAIT);
            assertEquals("hub-reset", reset.event());
            assertNull(reset.id(), "the reset signal carries no id, so the client keeps its own");
            assertTrue(reset.data().contains("\"reason\":\"unknown\""), reset.data());
            assertTrue(reset.data().contains("\"lastEventId\":\"" + future + "\""), reset.data());
            sse.expectNoEvent(Duration.ofMillis(300));
            hub.publish(stream, "message", "live");
            assertEquals("live", sse.nextEvent(WAIT).data());
        }
    }

    @Test
    void anIdFromBeforeTheStreamExistedIsSignalledAsExpiredThenEverythingRetained() {
        String stream = fresh();
        long beforeStream = System.currentTimeMillis() * 1000 - 10_000_000L;
        publish(stream, 2);
        try (SseConnection sse = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", Long.toString(beforeStream)))) {
            Frame reset = sse.nextEvent(WAIT);
            assertEquals("hub-reset", reset.event());
            assertTrue(reset.data().contains("\"reason\":\"expired\""), reset.data());
            assertEquals(List.of("0", "1"), data(sse.events(2, WAIT)));
        }
    }

    private List<String> publish(String stream, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(hub.publish(stream, "message", Integer.toString(i)));
        }
        return ids;
    }

    private static List<String> data(List<Frame> frames) {
        return frames.stream().map(Frame::data).toList();
    }

    private static void assertContiguous(List<Frame> frames, int first) {
        long previousId = 0;
        for (int i = 0; i < frames.size(); i++) {
            assertEquals(Integer.toString(first + i), frames.get(i).data(), "event " + i + " of the resumed stream");
            assertTrue(frames.get(i).idAsLong() > previousId, "ids increase");
            previousId = frames.get(i).idAsLong();
        }
    }
}
