package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BacklogTest {

    private static final QueuedBytes UNBOUNDED = new QueuedBytes(Long.MAX_VALUE);

    /** The next item alone, or null when empty. */
    private static Object take(Backlog backlog) {
        List<Object> items = backlog.takeUpTo(1);
        return items.isEmpty() ? null : items.get(0);
    }

    private static Event event(long id, String data) {
        return new Event("s", id, "m", data, 0L);
    }

    @Test
    void liveEventsAreBoundedByCount() {
        Backlog backlog = new Backlog(2, 1 << 20, UNBOUNDED);
        assertTrue(backlog.addLive(event(1, "a")));
        assertTrue(backlog.addLive(event(2, "b")));
        assertFalse(backlog.addLive(event(3, "c")), "the third live event does not fit");
        take(backlog);
        assertTrue(backlog.addLive(event(4, "d")), "taking one makes room");
    }

    @Test
    void liveEventsAreBoundedByBytes() {
        Event big = event(1, "x".repeat(100));
        Backlog backlog = new Backlog(100, big.size() + 10, UNBOUNDED);
        assertTrue(backlog.addLive(big));
        assertFalse(backlog.addLive(event(2, "x".repeat(100))));
    }

    @Test
    void replayDoesNotCountAndComesOutInOrderBeforeLaterItems() {
        Backlog backlog = new Backlog(1, 1 << 20, UNBOUNDED);
        Event r1 = event(1, "r1");
        Event r2 = event(2, "r2");
        Event r3 = event(3, "r3");
        backlog.addReplay(List.of(r1, r2, r3));
        Event live = event(4, "live");
        assertTrue(backlog.addLive(live), "a replay of three leaves room for live events");
        assertSame(r1, take(backlog));
        assertSame(r2, take(backlog));
        assertSame(r3, take(backlog));
        assertSame(live, take(backlog));
        assertNull(take(backlog));
        assertTrue(backlog.isEmpty());
    }

    @Test
    void takeUpToTakesWhatWaitedTogetherInOrderUpToTheByteBound() {
        Backlog backlog = new Backlog(100, 1 << 20, UNBOUNDED);
        byte[] retry = {'r'};
        backlog.addFrame(retry);
        Event r1 = event(1, "r1");
        backlog.addReplay(List.of(r1));
        Event e2 = event(2, "x".repeat(40));
        Event e3 = event(3, "y".repeat(40));
        Event e4 = event(4, "z");
        backlog.addLive(e2);
        backlog.addLive(e3);
        backlog.addLive(e4);

        int bound = retry.length + r1.size() + e2.size();
        assertEquals(List.of(retry, r1, e2), backlog.takeUpTo(bound), "stops once the bound is reached");
        assertEquals(List.of(e3, e4), backlog.takeUpTo(1 << 16));
        assertTrue(backlog.takeUpTo(1 << 16).isEmpty());
    }

    @Test
    void takeUpToReturnsAnItemLargerThanTheBoundAlone() {
        Backlog backlog = new Backlog(2, 1 << 20, UNBOUNDED);
        Event big = event(1, "x".repeat(500));
        backlog.addLive(big);
        backlog.addLive(event(2, "a"));
        assertFalse(backlog.addLive(event(3, "b")), "full at two");
        assertEquals(List.of(big), backlog.takeUpTo(10));
        assertTrue(backlog.addLive(event(4, "c")), "what was taken no longer counts against the limit");
    }
}
