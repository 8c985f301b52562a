package org.ssehub.subscribe;

import org.ssehub.stream.Event;

import java.util.List;
import java.util.function.Function;

/**
 * What one write to a connection carries: everything that waited together in its {@link Backlog}, up
 * to {@link #MAX_WRITE_BYTES}, each event encoded for this connection and all of it joined into one
 * array, so a drainer makes one write and one flush of it. Only the {@link ConnectionWriter}'s current
 * drainer calls it.
 */
final class WriteBatches {

    /** Upper bound of one coalesced write; a single larger event goes out alone. */
    static final int MAX_WRITE_BYTES = 64 * 1024;

    private final Backlog backlog;
    private final Function<Event, byte[]> encoder;

    /** @param encoder the bytes of an event for this connection (its id or cursor line and body) */
    WriteBatches(Backlog backlog, Function<Event, byte[]> encoder) {
        this.backlog = backlog;
        this.encoder = encoder;
    }

    /**
     * Everything pending, up to {@link #MAX_WRITE_BYTES}, as one array: a new one, since a container
     * may hold on to what it was given until the socket takes it; null when nothing is pending.
     */
    byte[] next() {
        List<Object> items = backlog.takeUpTo(MAX_WRITE_BYTES);
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return bytes(items.get(0));
        }
        byte[][] parts = new byte[items.size()][];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = bytes(items.get(i));
            length += parts[i].length;
        }
        byte[] batch = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, batch, at, part.length);
            at += part.length;
        }
        return batch;
    }

    private byte[] bytes(Object item) {
        return item instanceof Event event ? encoder.apply(event) : (byte[]) item;
    }
}
