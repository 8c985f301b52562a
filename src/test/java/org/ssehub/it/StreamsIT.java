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
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/streams}: what the node holds, as JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StreamsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("streams", Map.of("sse.hub.demo.generators", "false"));
    }

    @ArquillianResource
    URL base;

    @Test
    void listsStreamsWithSubscribersLastIdAndRetainedCount() {
        HubHttp hub = new HubHttp(base);
        try (SseConnection one = hub.subscribe("stream=alpha");
             SseConnection two = hub.subscribe("stream=alpha&stream=beta")) {
            one.next(Duration.ofSeconds(10));
            two.next(Duration.ofSeconds(10));
            hub.publish("alpha", "message", "1");
            String last = hub.publish("alpha", "message", "2");

            HttpResponse<String> alpha = hub.get("api/streams/alpha");
            assertEquals(200, alpha.statusCode());
            assertTrue(alpha.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            String alphaPrefix = "{\"name\":\"alpha\",\"subscribers\":2,\"lastId\":\"" + last + "\",\"retained\":2,\"retainedBytes\":";
            String alphaSuffix = ",\"allSubscribers\":2}"; // one node: all subscribers are its own
            assertTrue(alpha.body().startsWith(alphaPrefix) && alpha.body().endsWith(alphaSuffix), alpha.body());
            long alphaBytes = Long.parseLong(alpha.body().substring(alphaPrefix.length(), alpha.body().length() - alphaSuffix.length()));
            assertTrue(alphaBytes > 2 * "id: 1\nevent: message\ndata: 1\n\n".length(), "two events' frames at least: " + alphaBytes);

            assertEquals("{\"name\":\"beta\",\"subscribers\":1,\"lastId\":null,\"retained\":0,\"retainedBytes\":0,\"allSubscribers\":1}",
                    hub.get("api/streams/beta").body());

            HttpResponse<String> all = hub.get("api/streams");
            assertEquals(200, all.statusCode());
            assertEquals(Long.toString(alphaBytes), all.headers().firstValue("Hub-Retained-Bytes").orElse(""), "the node's total");
            assertTrue(Long.parseLong(all.headers().firstValue("Hub-Max-Retained-Bytes").orElse("0")) > 0);
            assertTrue(all.body().startsWith("[{\"name\":\"alpha\""), all.body());
            assertTrue(all.body().indexOf("\"name\":\"alpha\"") < all.body().indexOf("\"name\":\"beta\""), "sorted by name");
        }
    }

    @Test
    void unknownStreamIs404AndABadNameIs400() {
        HubHttp hub = new HubHttp(base);
        HttpResponse<String> unknown = hub.get("api/streams/never-used");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("no stream named never-used"), unknown.body());
        assertEquals(400, hub.get("api/streams/" + "x".repeat(65)).statusCode());
    }
}
