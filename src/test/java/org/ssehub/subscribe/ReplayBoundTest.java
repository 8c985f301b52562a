package org.ssehub.subscribe;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ssehub.metrics.HubCounters;
import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Replays count against the node-wide bound on queued bytes: a replay of 1,000 events of 64 KiB to
 * many subscribers at once holds no more than the bound, each subscriber gets the newest part that
 * fits after a {@code hub-reset} saying the rest left its window, and the bytes come back as the
 * replays are written.
 */
class ReplayBoundTest {

    private static final int EVENT_BYTES = 64 * 1024;
    private static final long BOUND = 4L << 20;

    private static List<Event> history() {
        String data = "x".repeat(EVENT_BYTES);
        List<Event> events = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            events.add(new Event("s", i, "m", data, 0L));
        }
        return events;
    }

    private static Connection connection(QueuedBytes node) {
        return new Connection(List.of("s"), null, new Backlog(1000, 4L << 20, node), new SlowClientPolicy(Long.MAX_VALUE),
                null, null, new HubCounters(new SimpleMeterRegistry()), (c, reason) -> { });
    }

    private static String text(Object item) {
        return item instanceof byte[] frame ? new String(frame, StandardCharsets.UTF_8) : "event " + ((Event) item).id();
    }

    @Test
    void manyReplaysAtOnceHoldNoMoreThanTheBound() {
        List<Event> history = history();
        QueuedBytes node = new QueuedBytes(BOUND);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Connection connection = connection(node);
            connection.start("s", 0, null, history); // replay=all
            connections.add(connection);
            assertTrue(node.used() <= BOUND, "after " + (i + 1) + " replays: " + node.used());
        }

        List<Object> first = connections.get(0).backlog().takeUpTo(Integer.MAX_VALUE);
        int fit = (int) (BOUND / history.get(0).size());
        assertEquals(fit + 1, first.size(), "a reset, then the newest events that fit");
        assertTrue(text(first.get(0)).startsWith("event: hub-reset\ndata: {\"stream\":\"s\",\"lastEventId\":\"0\",\"reason\":\"expired\",\"oldestId\":\""
                + (1001 - fit) + "\"}"), text(first.get(0)));
        assertEquals("event 1000", text(first.get(first.size() - 1)));

        Connection later = connection(node);
        later.start("s", 0, null, history);
        assertEquals(fit + 1, later.backlog().takeUpTo(Integer.MAX_VALUE).size(),
                "what the first one wrote is free again for the next");

        connections.forEach(connection -> connection.backlog().close());
        assertEquals(0, node.used(), "every reserved byte is given back");
    }

    @Test
    void aReplayThatFitsIsWhole() {
        List<Event> history = history().subList(990, 1000);
        QueuedBytes node = new QueuedBytes(BOUND);
        Connection connection = connection(node);
        connection.start("s", 990, null, history);
        List<Object> items = connection.backlog().takeUpTo(Integer.MAX_VALUE);
        assertEquals(10, items.size(), "no reset: nothing was left out");
        assertEquals("event 991", text(items.get(0)));
        assertEquals(0, node.used());
    }
}
