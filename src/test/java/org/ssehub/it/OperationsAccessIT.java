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
import org.ssehub.it.support.PrometheusText;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With {@code sse.hub.metrics-token} set, a scrape from elsewhere than loopback needs that token
 * (and a drain switch flip too); health answers in MicroProfile Health's shape, and a node at its
 * connection limit is not ready.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsAccessIT {

    private static final String TOKEN = "scrape-me-9f2c";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("ops-access", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.metrics-token", TOKEN,
                "sse.hub.max-subscribers", "1",
                "sse.hub.heartbeat-seconds", "1"));
    }

    @ArquillianResource
    URL base;

    @Test
    void aProxiedScrapeNeedsTheToken() {
        HubHttp hub = new HubHttp(base);
        Map<String, String> proxied = Map.of("X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> without = hub.get("api/metrics", proxied);
        assertEquals(401, without.statusCode(), without.body());
        assertTrue(without.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), "a Bearer challenge");
        assertEquals(401, hub.get("api/metrics", Map.of("X-Forwarded-For", "203.0.113.9", "Authorization", "Bearer wrong")).statusCode());
        HttpResponse<String> with = hub.get("api/metrics", Map.of("X-Forwarded-For", "203.0.113.9", "Authorization", "Bearer " + TOKEN));
        assertEquals(200, with.statusCode());
        assertTrue(PrometheusText.parse(with.body()).has("sse_hub_connections_open"));
        assertEquals(200, hub.get("api/metrics").statusCode(), "loopback, directly, still may");
        assertEquals(401, hub.post("api/health/drain", "text/plain", new byte[0], proxied).statusCode(), "nor may it drain the node");
    }

    @Test
    void healthAnswersInMicroProfileShapeAndANodeAtItsLimitIsNotReady() {
        HubHttp hub = new HubHttp(base);
        HttpResponse<String> live = hub.get("api/health/live");
        assertEquals(200, live.statusCode());
        assertTrue(live.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(live.body().startsWith("{\"status\":\"UP\",\"checks\":["), live.body());
        HttpResponse<String> ready = hub.get("api/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"connections\",\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"name\":\"backplane\",\"status\":\"UP\""), ready.body());
        try (SseConnection only = hub.subscribe("stream=full")) {
            only.next(Duration.ofSeconds(10));
            HttpResponse<String> full = hub.get("api/health/ready");
            assertEquals(503, full.statusCode(), full.body());
            assertTrue(full.body().startsWith("{\"status\":\"DOWN\""), full.body());
            assertTrue(full.body().contains("\"name\":\"connections\",\"status\":\"DOWN\""), full.body());
            assertEquals(200, hub.get("api/health/live").statusCode(), "alive all the same");
        }
        HubHttp.await(Duration.ofSeconds(20), "ready again once the client left",
                () -> hub.get("api/health/ready").statusCode() == 200);
    }
}
