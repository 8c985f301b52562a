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

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.SubscribeIT.fresh;

/**
 * The hub's {@code SseBroadcaster} from resources of your own: README's resource deployed as written,
 * the rules of {@code broadcast}, the {@code onError} / {@code onClose} callbacks and {@code close()}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RsBroadcasterIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("broadcaster", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.heartbeat-seconds", "1"), HeadlinesResource.class, BroadcasterProbeResource.class);
    }

    @ArquillianResource
    URL base;
    HubHttp hub;

    @BeforeEach
    void setUp() {
        hub = new HubHttp(base);
    }

    @Test
    void theReadmeResourceIsTheDeployedOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String source = Files.readString(Path.of("src/test/java/org/ssehub/it/HeadlinesResource.java"));
        String resource = source.substring(source.indexOf("// README:begin\n") + 16, source.indexOf("// README:end"));
        int section = readme.indexOf("## Your own JAX-RS SSE resource");
        assertTrue(section >= 0, "README has the section");
        assertTrue(readme.indexOf(resource, section) > section, "README shows the resource as deployed here:\n" + resource);
    }

    @Test
    void theReadmeResourceStreamsBroadcastsWithHubIdsAndResumes() {
        String first;
        try (SseConnection sse = SseConnection.open(hub.uri("api/headlines"))) {
            assertEquals(200, sse.status());
            assertEquals("3000", sse.next(WAIT).retry(), "retry first");
            first = post("api/headlines?title=Hello");
            assertEquals(new Frame(first, "headline", "{\"title\":\"Hello\"}", null, null), sse.nextEvent(WAIT));
        }
        String second = post("api/headlines?title=Again");
        String third = post("api/headlines?title=More");
        assertTrue(Long.parseLong(third) > Long.parseLong(second) && Long.parseLong(second) > Long.parseLong(first));
        try (SseConnection resumed = SseConnection.open(hub.uri("api/headlines"), Map.of("Last-Event-ID", first))) {
            List<Frame> missed = resumed.events(2, WAIT);
            assertEquals(List.of(second, third), missed.stream().map(Frame::id).toList());
            resumed.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void broadcastPublishesThroughTheHubWithItsRules() {
        String stream = fresh();
        try (SseConnection sse = hub.subscribe("stream=" + stream)) {
            sse.next(WAIT);
            String text = broadcast(stream, "text");
            String unnamed = broadcast(stream, "unnamed");
            String json = broadcast(stream, "json");
            String list = broadcast(stream, "list");
            assertEquals(new Frame(id(text), "note", "plain text", null, null), sse.nextEvent(WAIT));
            assertEquals(new Frame(id(unnamed), "message", "no name", null, null), sse.nextEvent(WAIT));
            assertEquals(new Frame(id(json), "point", "{\"x\":1}", null, null), sse.nextEvent(WAIT));
            assertEquals(new Frame(id(list), "list", "[1,2]", null, null), sse.nextEvent(WAIT));

            assertEquals("failed IllegalArgumentException the hub assigns event ids: leave the id unset", broadcast(stream, "with-id"));
            assertTrue(broadcast(stream, "reserved").startsWith("failed IllegalArgumentException types starting with 'hub-'"));
            assertEquals("failed IllegalArgumentException msg required", broadcast(stream, "comment"));
            sse.expectNoEvent(Duration.ofMillis(500));
        }
    }

    @Test
    void aSinkWhoseClientLeftIsForgottenAndHeardByOnErrorThenOnClose() {
        String stream = fresh();
        SseConnection sse = SseConnection.open(hub.uri("api/test/broadcaster?stream=" + stream));
        sse.next(WAIT);
        assertEquals("1", hub.get("api/test/broadcaster/size?stream=" + stream).body());
        sse.close();
        HubHttp.await(Duration.ofSeconds(8), "the departed sink to be forgotten",
                () -> hub.get("api/test/broadcaster/size?stream=" + stream).body().equals("0"));
        HubHttp.await(WAIT, "onClose", () -> log(stream).contains("close"));
        List<String> lines = log(stream);
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("error write failed"), lines.toString());
        assertEquals("close", lines.get(1));
        assertEquals(0, hub.subscribers(stream));
    }

    @Test
    void closeEndsEverySinkHeardByOnCloseOnlyAndANewBroadcasterTakesOver() {
        String stream = fresh();
        try (SseConnection one = SseConnection.open(hub.uri("api/test/broadcaster?stream=" + stream));
             SseConnection two = SseConnection.open(hub.uri("api/test/broadcaster?stream=" + stream))) {
            one.next(WAIT);
            two.next(WAIT);
            String closed = hub.post("api/test/broadcaster/close?stream=" + stream, null, new byte[0], Map.of()).body();
            assertTrue(closed.startsWith("closed ") && closed.endsWith("a new one: true"), closed);
            one.awaitEnd(WAIT);
            two.awaitEnd(WAIT);
            HubHttp.await(WAIT, "onClose for both", () -> log(stream).size() == 2);
            assertEquals(List.of("close", "close"), log(stream));
            HubHttp.await(WAIT, "both forgotten", () -> hub.subscribers(stream) == 0);
        }
        try (SseConnection again = SseConnection.open(hub.uri("api/test/broadcaster?stream=" + stream))) {
            again.next(WAIT);
            String sent = broadcast(stream, "text");
            assertEquals(id(sent), again.nextEvent(WAIT).id());
        }
    }

    private String post(String path) {
        HttpResponse<String> response = hub.post(path, null, new byte[0], Map.of());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().trim();
    }

    private String broadcast(String stream, String kind) {
        return hub.post("api/test/broadcaster/broadcast?stream=" + stream + "&kind=" + kind, null, new byte[0], Map.of()).body();
    }

    private static String id(String outcome) {
        assertTrue(outcome.startsWith("ok "), outcome);
        return outcome.substring(3);
    }

    private List<String> log(String stream) {
        String body = hub.get("api/test/broadcaster/log?stream=" + stream).body();
        return body.isEmpty() ? List.of() : List.of(body.split("\n"));
    }
}
