package org.ssehub.stream.redis;

import org.ssehub.stream.Event;
import org.ssehub.stream.ResetSignal;

import java.util.List;

/**
 * One read of a stream's history: the events, oldest first; the reset to send first when the window
 * cannot prove there is no gap (null when it can); and the stream's state (null when Redis has none).
 */
public record Page(ResetSignal reset, List<Event> events, StreamState state) {

    public Page {
        events = List.copyOf(events);
    }
}
