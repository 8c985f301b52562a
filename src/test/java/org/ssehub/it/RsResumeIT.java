package org.ssehub.it;

import org.junit.jupiter.api.Test;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.SseConnection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ssehub.it.SubscribeIT.fresh;

/**
 * {@link ResumeIT} against {@code GET /api/rs/events}: resume by header and parameter, the header
 * winning, replay, no gap and no duplicate while publishes go on, {@code hub-reset} for unknown and
 * expired ids. One stream per request there, so the cursor test becomes: a cursor from a connection
 * with several streams resumes the one stream it names.
 */
class RsResumeIT extends ResumeIT {

    @Override
    String eventsPath() {
        return "api/rs/events";
    }

    @Override
    @Test
    void aCursorResumesEveryStreamOfAConnection() {
        String stream = fresh();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(hub.publish(stream, "message", Integer.toString(i)));
        }
        String cursor = "other:1," + stream + ":" + ids.get(0);
        try (SseConnection sse = hub.subscribe("stream=" + stream, Map.of("Last-Event-ID", cursor))) {
            List<Frame> missed = sse.events(2, Duration.ofSeconds(15));
            assertEquals(List.of("1", "2"), missed.stream().map(Frame::data).toList());
            assertEquals(ids.get(2), missed.get(1).id());
            sse.expectNoEvent(Duration.ofMillis(300));
        }
    }
}
