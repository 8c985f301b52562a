package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacklogTest {

    private static Event event(long id, String data) {
        return new Event("s", id, "m", data, 0L);
    }

    @Test
    void liveEventsAreBoundedByCount() {
        Backlog backlog = new Backlog(2, 1 << 20);
        assertTrue(backlog.addLive(event(1, "a")));
        assertTrue(backlog.addLive(event(2, "b")));
        assertFalse(backlog.addLive(event(3, "c")), "the third live event does not fit");
        backlog.take();
        assertTrue(backlog.addLive(event(4, "d")), "taking one makes room");
    }

    @Test
    void liveEventsAreBoundedByBytes() {
        Event big = event(1, "x".repeat(100));
        Backlog backlog = new Backlog(100, big.size() + 10);
        assertTrue(backlog.addLive(big));
        assertFalse(backlog.addLive(event(2, "x".repeat(100))));
    }

    @Test
    void replayDoesNotCountAndComesOutInOrderBeforeLaterItems() {
        Backlog backlog = new Backlog(1, 1 << 20);
        Event r1 = event(1, "r1");
        Event r2 = event(2, "r2");
        Event r3 = event(3, "r3");
        backlog.addReplay(List.of(r1, r2, r3));
        Event live = event(4, "live");
        assertTrue(backlog.addLive(live), "a replay of three leaves room for live events");
        assertSame(r1, backlog.take());
        assertSame(r2, backlog.take());
        assertSame(r3, backlog.take());
        assertSame(live, backlog.take());
        assertNull(backlog.take());
        assertTrue(backlog.isEmpty());
    }
}
