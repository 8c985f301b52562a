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
import org.ssehub.it.support.ServerSockets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Connection churn from one anonymous client (issue 14): subscribe-and-close on more distinct streams
 * than the stream limit. Publishers still get new streams, and within seconds (heartbeats are 15 s
 * apart here) no socket of those clients is left open on the server and their streams are gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChurnFloodIT {

    private static final int MAX_STREAMS = 40;
    private static final int FLOOD = 100;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("churn", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.heartbeat-seconds", "15",
                "sse.hub.max-streams", Integer.toString(MAX_STREAMS)));
    }

    @ArquillianResource
    URL base;

    @Test
    void subscribeAndCloseLeavesNoSocketNoStreamAndKeepsNoPublisherOut() throws Exception {
        HubHttp hub = new HubHttp(base);
        Set<Integer> clientPorts = new HashSet<>();
        int accepted = 0;
        for (int i = 0; i < FLOOD; i++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                socket.setSoTimeout(10_000);
                clientPorts.add(socket.getLocalPort());
                socket.getOutputStream().write(("GET " + base.getPath() + "api/events?stream=junk-" + i + " HTTP/1.1\r\n"
                        + "Host: localhost\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = readUntilAnswered(socket.getInputStream());
                if (answer.startsWith("HTTP/1.1 200")) {
                    accepted++;
                } else {
                    assertTrue(answer.startsWith("HTTP/1.1 503") && answer.contains("stream limit"), answer);
                }
            }
        }
        assertTrue(accepted >= MAX_STREAMS / 2, "the flood was served: " + accepted);

        HttpResponse<String> publish = hub.get("api/publish?stream=fresh&msg=after-the-flood");
        assertEquals(204, publish.statusCode(), "a publish to a new stream after the flood: " + publish.body());

        HubHttp.await(Duration.ofSeconds(8), "the server to close every flood socket",
                () -> ServerSockets.openTowards(base.getPort(), clientPorts).isEmpty());
        HubHttp.await(Duration.ofSeconds(4), "the flood's streams to leave with their subscribers",
                () -> !hub.get("api/streams").body().contains("junk-"));
        String streams = hub.get("api/streams").body();
        assertTrue(streams.contains("\"fresh\""), streams);
        assertFalse(streams.contains("junk-"), streams);
    }

    /** Reads the status line, headers and the first frame (or a whole error body), as a client that looks before leaving. */
    private static String readUntilAnswered(InputStream in) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        byte[] buffer = new byte[2048];
        while (true) {
            String text = seen.toString(StandardCharsets.US_ASCII);
            if (text.contains("retry: ") && text.indexOf("\n\n", text.indexOf("retry: ")) > 0
                    || text.contains("try again later\n")) {
                return text;
            }
            int n = in.read(buffer);
            if (n < 0) {
                return text;
            }
            seen.write(buffer, 0, n);
        }
    }
}
