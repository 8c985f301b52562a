package org.ssehub.subscribe;

import org.ssehub.stream.Event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What is waiting to be written to one client, oldest first. Live events are bounded by count and
 * by bytes; a replay (bounded by the stream's history) and control frames do not count, so a full
 * replay never trips the limit. Thread-safe: publishers add, the subscriber's drainer takes.
 */
final class Backlog {

    /** One replay, written event by event; stays at the head until its last event is taken. */
    private static final class Replay {
        final List<Event> events;
        int next;

        Replay(List<Event> events) {
            this.events = events;
        }
    }

    private final ArrayDeque<Object> items = new ArrayDeque<>();
    private final int maxEvents;
    private final long maxBytes;
    private int liveEvents;
    private long liveBytes;

    Backlog(int maxEvents, long maxBytes) {
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
    }

    /** @return false if the live limit is reached: the client is too slow to keep */
    synchronized boolean addLive(Event event) {
        if (liveEvents >= maxEvents || liveBytes + event.size() > maxBytes) {
            return false;
        }
        items.addLast(event);
        liveEvents++;
        liveBytes += event.size();
        return true;
    }

    synchronized void addReplay(List<Event> events) {
        if (!events.isEmpty()) {
            items.addLast(new Replay(events));
        }
    }

    synchronized void addFrame(byte[] frame) {
        items.addLast(frame);
    }

    synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Takes, oldest first, everything pending up to about {@code maxBytes} (always at least one item
     * when not empty), so a drainer writes what waited together in one go.
     *
     * @return the {@link Event}s and {@code byte[]} frames taken; empty when nothing is pending
     */
    synchronized List<Object> takeUpTo(int maxBytes) {
        List<Object> taken = new ArrayList<>();
        long bytes = 0;
        while (bytes < maxBytes) {
            Object item = takeOne();
            if (item == null) {
                break;
            }
            taken.add(item);
            bytes += item instanceof Event event ? event.size() : ((byte[]) item).length;
        }
        return taken;
    }

    /** @return the next {@link Event} or {@code byte[]} frame, or null when empty */
    private Object takeOne() {
        Object head = items.peekFirst();
        if (head instanceof Replay replay) {
            Event event = replay.events.get(replay.next++);
            if (replay.next == replay.events.size()) {
                items.pollFirst();
            }
            return event;
        }
        if (head instanceof Event event) {
            items.pollFirst();
            liveEvents--;
            liveBytes -= event.size();
            return event;
        }
        return items.pollFirst();
    }

    synchronized void clear() {
        items.clear();
        liveEvents = 0;
        liveBytes = 0;
    }
}
