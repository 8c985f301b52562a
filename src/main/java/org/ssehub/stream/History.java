package org.ssehub.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The retained events of one stream, bounded by count and by age. Remembers the id of the newest
 * event it let go, so a resume can tell "nothing missed" from "some events are gone".
 * Not thread-safe: its {@link Stream} guards it.
 */
final class History {

    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private final int maxEvents;
    private final long maxAgeMillis;
    private long evictedUpTo;

    /** @param floor the id below which this history knows nothing (its stream's creation). */
    History(int maxEvents, long maxAgeMillis, long floor) {
        this.maxEvents = Math.max(0, maxEvents);
        this.maxAgeMillis = maxAgeMillis;
        this.evictedUpTo = floor;
    }

    void add(Event event, long nowMillis) {
        events.addLast(event);
        while (events.size() > maxEvents) {
            evictedUpTo = events.removeFirst().id();
        }
        expire(nowMillis);
    }

    void expire(long nowMillis) {
        long oldestAllowed = nowMillis - maxAgeMillis;
        while (!events.isEmpty() && events.peekFirst().publishedAtMillis() < oldestAllowed) {
            evictedUpTo = events.removeFirst().id();
        }
    }

    /** True when events after {@code id} may have been let go. */
    boolean lostAfter(long id) {
        return id < evictedUpTo;
    }

    List<Event> after(long id) {
        List<Event> result = new ArrayList<>();
        Iterator<Event> newestFirst = events.descendingIterator();
        while (newestFirst.hasNext()) {
            Event event = newestFirst.next();
            if (event.id() <= id) {
                break;
            }
            result.add(event);
        }
        java.util.Collections.reverse(result);
        return result;
    }

    List<Event> last(int count) {
        int skip = Math.max(0, events.size() - count);
        List<Event> result = new ArrayList<>(events.size() - skip);
        Iterator<Event> it = events.iterator();
        for (int i = 0; it.hasNext(); i++) {
            Event event = it.next();
            if (i >= skip) {
                result.add(event);
            }
        }
        return result;
    }

    Event oldest() {
        return events.peekFirst();
    }

    int size() {
        return events.size();
    }
}
