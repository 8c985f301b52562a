package org.ssehub.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;

/**
 * The bytes each server puts on the wire, compared with exact expected text: the same assertions run
 * on Tomcat (Jersey), TomEE (CXF) and Payara (Jersey on Grizzly), so passing on all three proves the
 * output identical, down to field order, line ends and how multi-line data is split.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WireFormatIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("wire", Map.of("sse.hub.demo.generators", "false"));
    }

    @ArquillianResource
    URL base;

    private URI uri(String path) throws Exception {
        return base.toURI().resolve(path);
    }

    @Test
    void subscriptionFramesAreExact() throws Exception {
        String stream = "wire-" + UUID.randomUUID().toString().substring(0, 8);
        HubHttp hub = new HubHttp(base);
        try (RawStream sse = RawStream.get(uri("api/events?stream=" + stream))) {
            assertEquals(200, sse.status());
            assertEquals("text/event-stream;charset=utf-8", sse.header("content-type").replace(" ", "").toLowerCase());
            assertEquals("no-cache", sse.header("cache-control"));
            assertEquals("no", sse.header("x-accel-buffering"));
            assertEquals("retry: 3000\n\n", sse.readFrames(1, WAIT));

            String id = hub.publish(stream, "note", "one\ntwo\r\nthree\rfour\u00e9");
            String expected = "retry: 3000\n\n" + "id: " + id + "\nevent: note\n"
                    + "data: one\ndata: two\ndata: three\ndata: four\u00e9\n\n";
            assertEquals(expected, sse.readFrames(2, WAIT));
        }
    }

    @Test
    void countDemoIsExact() throws Exception {
        try (RawStream count = RawStream.get(uri("api/demo/count"))) {
            assertEquals(200, count.status());
            assertTrue(count.header("content-type").startsWith("text/event-stream"), count.header("content-type"));
            assertEquals("no-cache", count.header("cache-control"));
            assertEquals("no", count.header("x-accel-buffering"));
            assertEquals("data: 0\n\ndata: 1\n\ndata: 2\n\ndata: 3\n\ndata: 4\n\n", count.readToEnd(WAIT));
            assertTrue(count.ended(), "count ends the response");
        }
    }

    @Test
    void pingDemoFieldsComeInOneOrder() throws Exception {
        try (RawStream ping = RawStream.get(uri("api/demo/ping"))) {
            assertEquals(200, ping.status());
            assertEquals("no-cache", ping.header("cache-control"));
            String text = ping.readFrames(2, WAIT);
            Matcher frames = Pattern.compile("event: ping\nid: (\\d{10})\nretry: 10000\ndata: data-(\\d{10})\n\n").matcher(text);
            int seen = 0;
            int end = 0;
            while (frames.find() && frames.start() == end) {
                assertEquals(frames.group(1), frames.group(2));
                end = frames.end();
                seen++;
            }
            assertTrue(seen >= 2 && end == text.length(), "ping frames, exactly: " + text);
        }
    }
}
