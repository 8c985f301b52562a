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

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default WAR (no token: loopback publishing) cannot be made to publish by a web page on another
 * origin or through a proxy; the hub's own pages and curl still can.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgedPublishIT {

    private static final String EVIL = "http://evil.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("forged", Map.of("sse.hub.demo.generators", "false"));
    }

    @ArquillianResource
    URL base;

    private String ownOrigin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private HttpResponse<String> post(String stream, String contentType, String body, Map<String, String> headers) {
        return new HubHttp(base).post("api/publish?stream=" + stream, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void assertRefused(HttpResponse<String> answer, String why) {
        assertEquals(403, answer.statusCode(), why + ": " + answer.body());
        assertTrue(answer.body().contains("sse.hub.publish-token"), why + " should say to set a token: " + answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void aBrowserOnAnotherOriginCannotPublish() {
        HubHttp hub = new HubHttp(base);
        assertRefused(post("forge", "text/plain", "forged", Map.of("Origin", EVIL)), "text/plain from a foreign Origin");
        assertRefused(post("forge", "application/x-www-form-urlencoded", "msg=forged", Map.of("Origin", EVIL)), "form post");
        assertRefused(post("forge", "text/plain", "forged", Map.of("Origin", "null")), "opaque origin");
        assertRefused(hub.get("api/publish?stream=forge&msg=img", Map.of("Referer", EVIL + "/page.html")), "<img> GET with a foreign Referer");
        assertRefused(hub.get("api/publish?stream=forge&msg=img", Map.of("Sec-Fetch-Site", "cross-site")), "GET with Sec-Fetch-Site: cross-site");
        assertRefused(post("forge", "text/plain", "forged", Map.of("Sec-Fetch-Site", "same-site")), "Sec-Fetch-Site: same-site");
        assertRefused(post("forge", "text/plain", "forged", Map.of("Origin", ownOrigin(), "Sec-Fetch-Site", "cross-site")), "headers that disagree");
        assertEquals(0, hub.subscribers("forge"), "nothing was published");
        assertEquals(404, hub.get("api/streams/forge").statusCode(), "no forged publish created the stream");
    }

    @Test
    void aProxiedRequestIsNotLoopback() {
        for (String header : new String[]{"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            HttpResponse<String> answer = post("forge", "text/plain", "proxied", Map.of(header, "for=203.0.113.9"));
            assertRefused(answer, header);
            assertTrue(answer.body().contains("proxy"), answer.body());
        }
        assertRefused(new HubHttp(base).get("api/publish?stream=forge&msg=p", Map.of("X-Forwarded-For", "203.0.113.9")), "proxied GET");
    }

    @Test
    void theHubsOwnPagesAndCurlStillPublish() {
        HubHttp hub = new HubHttp(base);
        assertEquals(204, post("own", "text/plain", "curl", Map.of()).statusCode());
        assertEquals(204, hub.get("api/publish?stream=own&msg=curl").statusCode());
        assertEquals(204, post("own", "text/plain", "page", Map.of("Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin",
                "Referer", ownOrigin() + "/forged/inspector.html")).statusCode());
        assertEquals(204, hub.get("api/publish?stream=own&msg=page", Map.of("Sec-Fetch-Site", "same-origin",
                "Referer", ownOrigin() + "/forged/basics.html")).statusCode());
        assertEquals(204, post("own", "text/plain", "typed", Map.of("Sec-Fetch-Site", "none")).statusCode());
    }
}
