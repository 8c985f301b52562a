package org.ssehub.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seed 004's generators on {@code events} and the headline generator on {@code news}, on by default. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GeneratorsIT {

    private static final Map<String, String> SHAPES = Map.of(
            "tick", "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z",
            "stock", "\\{\"symbol\":\"ACME\",\"price\":\\d+(\\.\\d+)?}",
            "score", "\\{\"home\":\\d+,\"away\":\\d+}",
            "location", "\\{\"lat\":-?\\d+(\\.\\d+)?,\"lng\":-?\\d+(\\.\\d+)?}",
            "progress", "\\{\"percent\":(0|20|40|60|80|100)}",
            "system", "ok");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("generators", Map.of());
    }

    @ArquillianResource
    URL base;

    @Test
    void everyGeneratorPublishesItsShape() {
        HubHttp hub = new HubHttp(base);
        Map<String, String> seen = new HashMap<>();
        try (SseConnection sse = hub.subscribe("stream=events&replay=all")) {
            while (!seen.keySet().containsAll(SHAPES.keySet())) {
                Frame frame = sse.nextEvent(Duration.ofSeconds(15));
                seen.putIfAbsent(frame.event(), frame.data());
            }
        }
        SHAPES.forEach((type, shape) ->
                assertTrue(seen.get(type).matches(shape), type + " data " + seen.get(type) + " should match " + shape));
    }

    @Test
    void progressStepsByTwentyAndLoops() {
        HubHttp hub = new HubHttp(base);
        try (SseConnection sse = hub.subscribe("stream=events")) {
            int previous = -1;
            for (int seen = 0; seen < 3; ) {
                Frame frame = sse.nextEvent(Duration.ofSeconds(15));
                if (!"progress".equals(frame.event())) {
                    continue;
                }
                int percent = Integer.parseInt(frame.data().replaceAll("\\D", ""));
                if (previous >= 0) {
                    assertEquals(previous == 100 ? 0 : previous + 20, percent, "after " + previous);
                }
                previous = percent;
                seen++;
            }
        }
    }

    @Test
    void newsCarriesNumberedHeadlines() {
        HubHttp hub = new HubHttp(base);
        try (SseConnection news = SseConnection.open(hub.uri("api/news?replay=all"))) {
            Frame headline = news.nextEvent(Duration.ofSeconds(15));
            assertEquals("message", headline.event());
            assertTrue(headline.data().matches("\\{\"title\":\"News \\d+\"}"), headline.data());
        }
        assertTrue(Set.of(200).contains(hub.get("api/streams/news").statusCode()));
    }
}
