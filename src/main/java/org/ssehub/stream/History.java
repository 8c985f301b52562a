package org.ssehub.stream;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The retained events of one stream, bounded by count, age and bytes, and by the node's share of
 * bytes through its {@link RetainedBytes.Account}. Remembers the id of the newest event it let go,
 * however it went, so a resume can tell "nothing missed" from "some events are gone".
 * Not thread-safe: its {@link Stream} guards it.
 */
final class History {

    private final ArrayDeque<Event> events = new ArrayDeque<>();
    private final HistoryLimits limits;
    private final RetainedBytes.Account account;
    private long bytes;
    private long evictedUpTo;

    /** @param floor the id below which this history knows nothing (its stream's creation). */
    History(HistoryLimits limits, RetainedBytes.Account account, long floor) {
        this.limits = limits;
        this.account = account;
        this.evictedUpTo = floor;
    }

    void add(Event event, long nowMillis) {
        events.addLast(event);
        bytes += event.footprint();
        account.retained(event.footprint());
        while (!events.isEmpty() && (events.size() > limits.maxEvents() || bytes > limits.maxBytes())) {
            dropFirst();
        }
        expire(nowMillis);
    }

    void expire(long nowMillis) {
        long oldestAllowed = nowMillis - limits.maxAgeMillis();
        while (!events.isEmpty() && events.peekFirst().publishedAtMillis() < oldestAllowed) {
            dropFirst();
        }
        account.oldestIs(events.isEmpty() ? 0 : events.peekFirst().id());
    }

    /** For the node-wide budget: lets the oldest event go if it is still the one with this id. */
    boolean dropOldest(long id) {
        Event first = events.peekFirst();
        if (first == null || first.id() != id) {
            return false;
        }
        dropFirst();
        account.oldestIs(events.isEmpty() ? 0 : events.peekFirst().id());
        return true;
    }

    private void dropFirst() {
        Event gone = events.removeFirst();
        evictedUpTo = gone.id();
        bytes -= gone.footprint();
        account.released(gone.footprint());
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
        Collections.reverse(result);
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

    long bytes() {
        return bytes;
    }
}
