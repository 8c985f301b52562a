package org.ssehub.subscribe;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ssehub.metrics.HubCounters;
import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a connection's lane hands it: an event the stream published before the subscription started
 * may still reach it from the lane's queue, and must not be written twice (it came with the replay).
 * Nothing here writes: the connection's servlet side is not needed until its first write.
 */
class ConnectionHandOverTest {

    private static Event event(String stream, long id) {
        return new Event(stream, id, "m", "e" + id, 0L);
    }

    private static List<Long> pendingIds(Backlog backlog) {
        List<Long> ids = new ArrayList<>();
        for (Object item : backlog.takeUpTo(Integer.MAX_VALUE)) {
            if (item instanceof Event e) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    private static Connection connection(Backlog backlog, List<String> streams) {
        return new Connection(streams, null, backlog, new SlowClientPolicy(Long.MAX_VALUE), null, null, new HubCounters(new SimpleMeterRegistry()), (c, reason) -> { });
    }

    @Test
    void eventsCoveredByTheReplayAreSkippedAndLaterOnesKept() {
        Backlog backlog = new Backlog(100, 1 << 20, new QueuedBytes(Long.MAX_VALUE));
        Connection subscriber = connection(backlog, List.of("s"));
        subscriber.start("s", 10, null, List.of(event("s", 11), event("s", 12)));

        assertFalse(subscriber.admit(event("s", 11)), "already in the replay");
        assertFalse(subscriber.admit(event("s", 12)), "already in the replay");
        assertTrue(subscriber.admit(event("s", 13)));
        assertEquals(List.of(11L, 12L, 13L), pendingIds(backlog));
    }

    @Test
    void withoutReplayLiveStartsAfterThePosition() {
        Backlog backlog = new Backlog(100, 1 << 20, new QueuedBytes(Long.MAX_VALUE));
        Connection subscriber = connection(backlog, List.of("a", "b"));
        subscriber.start("a", 5, null, List.of());
        subscriber.start("b", 50, null, List.of());

        assertFalse(subscriber.admit(event("a", 5)));
        assertTrue(subscriber.admit(event("a", 6)));
        assertFalse(subscriber.admit(event("b", 50)));
        assertTrue(subscriber.admit(event("b", 51)));
        assertFalse(subscriber.admit(event("c", 99)), "a stream it never subscribed to");
        assertEquals(List.of(6L, 51L), pendingIds(backlog));
    }
}
