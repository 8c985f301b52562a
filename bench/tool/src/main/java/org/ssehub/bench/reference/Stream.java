package org.ssehub.bench.reference;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** The subscribers of one stream on one fan-out worker; touched by that worker's thread only. */
final class Stream {

    private final List<Connection> subscribers = new ArrayList<>();

    void add(Connection subscriber) {
        subscribers.add(subscriber);
    }

    /** Writes {@code frames} (shared, read-only) to every subscriber, cutting off those too far behind. */
    void write(ByteBuffer frames, long maxBacklog) {
        boolean someClosed = false;
        for (Connection subscriber : subscribers) {
            if (!subscriber.send(frames, maxBacklog)) {
                subscriber.close();
            }
            someClosed |= subscriber.closed();
        }
        if (someClosed) {
            subscribers.removeIf(Connection::closed);
        }
    }
}
