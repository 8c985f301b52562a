package org.ssehub.subscribe;

import org.ssehub.stream.Event;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What is waiting to be written to one client, oldest first. Live events are bounded by count and
 * by bytes, per client and, through {@link QueuedBytes}, for the whole node. A replay does not count
 * against the client's limits (so a full replay never trips them) but does against the node's: a
 * replay holds on to its events until written, even once the history let them go, so many replays
 * at once could otherwise pin any number of them. Control frames count nowhere. What a full backlog
 * means for the client is {@link SlowClientPolicy}'s decision.
 * Thread-safe: the connection's lane adds, the connection's writer takes.
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
    private final QueuedBytes node;
    private int liveEvents;
    private long liveBytes;
    /** Set once the connection ended: what still arrives (a lane handing over) is dropped, reserving nothing. */
    private boolean closed;

    Backlog(int maxEvents, long maxBytes, QueuedBytes node) {
        this.maxEvents = maxEvents;
        this.maxBytes = maxBytes;
        this.node = node;
    }

    /** @return false, queueing nothing, if the client's limits or the node-wide one would be passed */
    synchronized boolean addLive(Event event) {
        if (closed) {
            return true; // dropped: nobody will write it
        }
        if (!withinClientLimits(event) || !node.tryReserve(event.size())) {
            return false;
        }
        items.addLast(event);
        liveEvents++;
        liveBytes += event.size();
        return true;
    }

    /** Whether this client's own limits leave room for the event (the node-wide one aside). */
    synchronized boolean withinClientLimits(Event event) {
        return liveEvents < maxEvents && liveBytes + event.size() <= maxBytes;
    }

    /**
     * Reserves the node-wide bytes of as many of a replay's newest events as the bound takes.
     *
     * @return how many of the newest events were reserved; pass exactly those to {@link #addReservedReplay}
     */
    int reserveReplay(List<Event> events) {
        int fit = 0;
        for (int i = events.size() - 1; i >= 0 && node.tryReserve(events.get(i).size()); i--) {
            fit++;
        }
        return fit;
    }

    /** Queues events whose bytes {@link #reserveReplay} reserved. */
    synchronized void addReservedReplay(List<Event> events) {
        if (closed) {
            events.forEach(event -> node.release(event.size()));
        } else if (!events.isEmpty()) {
            items.addLast(new Replay(events));
        }
    }

    /** Queues the newest events of a replay that the node-wide bound takes; returns how many. */
    int addReplay(List<Event> events) {
        int fit = reserveReplay(events);
        addReservedReplay(events.subList(events.size() - fit, events.size()));
        return fit;
    }

    synchronized void addFrame(byte[] frame) {
        if (!closed) {
            items.addLast(frame);
        }
    }

    /** Bytes of live events queued now. */
    synchronized long liveBytes() {
        return liveBytes;
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
            node.release(event.size());
            return event;
        }
        if (head instanceof Event event) {
            items.pollFirst();
            liveEvents--;
            liveBytes -= event.size();
            node.release(event.size());
            return event;
        }
        return items.pollFirst();
    }

    /** The connection ended: lets go of everything, gives its node-wide bytes back and takes nothing more. */
    synchronized void close() {
        closed = true;
        for (Object item : items) {
            if (item instanceof Replay replay) {
                for (int i = replay.next; i < replay.events.size(); i++) {
                    node.release(replay.events.get(i).size());
                }
            }
        }
        items.clear();
        node.release(liveBytes);
        liveEvents = 0;
        liveBytes = 0;
    }
}
