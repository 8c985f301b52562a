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
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Node limits answer 503 with a message; an explicit CORS allow-list echoes only allowed origins. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LimitsAndOriginsIT {

    private static final String ALLOWED = "http://allowed.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("limits", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.max-streams", "3",
                "sse.hub.max-subscribers", "2",
                "sse.hub.allowed-origins", ALLOWED + ", http://other.example"));
    }

    @ArquillianResource
    URL base;

    @Test
    void limitsAreServiceUnavailableNotErrors() {
        HubHttp hub = new HubHttp(base);
        hub.publish("one", "message", "1");
        hub.publish("two", "message", "2");
        hub.publish("three", "message", "3");
        HttpResponse<String> fourth = hub.get("api/publish?stream=four&msg=4");
        assertEquals(503, fourth.statusCode());
        assertTrue(fourth.body().contains("stream limit"), fourth.body());

        try (SseConnection a = hub.subscribe("stream=one");
             SseConnection b = hub.subscribe("stream=two")) {
            a.next(Duration.ofSeconds(10));
            b.next(Duration.ofSeconds(10));
            HttpResponse<String> third = hub.get("api/events?stream=three");
            assertEquals(503, third.statusCode());
            assertTrue(third.body().contains("subscriber limit"), third.body());
        }
    }

    @Test
    void anAllowedOriginIsEchoedWithCredentialsAndOthersGetNothing() {
        HubHttp hub = new HubHttp(base);
        HttpResponse<String> allowed = hub.get("api/streams", Map.of("Origin", ALLOWED));
        assertEquals(ALLOWED, allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", allowed.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));

        assertEquals("Origin", allowed.headers().firstValue("Vary").orElse(""), "the answer depends on the origin");

        HttpResponse<String> stranger = hub.get("api/streams", Map.of("Origin", "http://evil.example"));
        assertFalse(stranger.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        assertEquals("Origin", stranger.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void theHeadersAScriptReadsAreExposedWhereTheyAreSent() {
        HubHttp hub = new HubHttp(base);
        // no Origin: a loopback publish from another origin is refused; "one": the stream limit is 3
        HttpResponse<String> published = hub.get("api/publish?stream=one&msg=1");
        assertEquals(204, published.statusCode());
        assertTrue(published.headers().firstValue("Event-Id").isPresent());
        assertEquals("Event-Id", published.headers().firstValue("Access-Control-Expose-Headers").orElse(""));

        HttpResponse<String> streams = hub.get("api/streams", Map.of("Origin", ALLOWED));
        assertEquals("Hub-Retained-Bytes, Hub-Max-Retained-Bytes",
                streams.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
    }

    @Test
    void preflightsAreAnswered() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(new HubHttp(base).uri("api/publish"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", ALLOWED)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, response.statusCode());
        assertEquals(ALLOWED, response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Authorization"));
    }
}
