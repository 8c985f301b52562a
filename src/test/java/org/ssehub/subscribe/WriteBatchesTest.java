package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How what waited in a backlog is joined into writes: in order, encoded per connection, bounded in size. */
class WriteBatchesTest {

    final Backlog backlog = new Backlog(1000, 1 << 24, new QueuedBytes(1 << 24));
    final WriteBatches batches = new WriteBatches(backlog, event -> ("<" + event.data() + ">").getBytes(StandardCharsets.UTF_8));

    private static Event event(long id, String data) {
        return new Event("s", id, "m", data, 0L);
    }

    @Test
    void nothingPendingIsNoBatch() {
        assertNull(batches.next());
    }

    @Test
    void framesAndEventsGoOutTogetherInOrderEncodedForTheConnection() {
        backlog.addFrame("retry: 1\n\n".getBytes(StandardCharsets.UTF_8));
        backlog.addLive(event(1, "a"));
        backlog.addLive(event(2, "b"));
        assertEquals("retry: 1\n\n<a><b>", new String(batches.next(), StandardCharsets.UTF_8));
        assertNull(batches.next());
    }

    @Test
    void aBatchStopsAtTheWriteBoundAndALargerEventGoesOutAlone() {
        String large = "x".repeat(WriteBatches.MAX_WRITE_BYTES + 10);
        String small = "y".repeat(WriteBatches.MAX_WRITE_BYTES / 3);
        backlog.addLive(event(1, large));
        for (int i = 2; i <= 5; i++) {
            backlog.addLive(event(i, small));
        }
        assertEquals(large.length() + 2, batches.next().length, "the large event alone");
        byte[] second = batches.next();
        assertTrue(second.length > WriteBatches.MAX_WRITE_BYTES / 2 && second.length < WriteBatches.MAX_WRITE_BYTES + small.length() + 3,
                "small events joined up to about the bound: " + second.length);
        int rest = 0;
        for (byte[] batch = batches.next(); batch != null; batch = batches.next()) {
            rest += batch.length;
        }
        assertEquals(4 * (small.length() + 2), second.length + rest, "every small event went out once");
    }
}
