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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a publish token configured, every publish needs it, loopback or not. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishTokenIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("token", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.publish-token", "s3cret"));
    }

    @ArquillianResource
    URL base;

    @Test
    void publishingNeedsTheBearerToken() {
        HubHttp hub = new HubHttp(base);
        byte[] body = "hi".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> none = hub.post("api/publish", "text/plain", body, Map.of());
        assertEquals(401, none.statusCode());
        assertTrue(none.body().contains("Bearer"), none.body());
        assertEquals(401, hub.post("api/publish", "text/plain", body, Map.of("Authorization", "Bearer wrong")).statusCode());
        assertEquals(401, hub.post("api/publish", "text/plain", body, Map.of("Authorization", "Basic czNjcmV0")).statusCode());
        assertEquals(401, hub.get("api/publish?msg=hi").statusCode());
        assertEquals(204, hub.post("api/publish", "text/plain", body, Map.of("Authorization", "Bearer s3cret")).statusCode());
        assertEquals(204, hub.get("api/publish?msg=hi", Map.of("Authorization", "Bearer s3cret")).statusCode());
    }
}
