package org.ssehub.stream;

import java.util.List;

/**
 * What a stream needs of a subscriber. {@link #start} comes while the stream holds its lock, and so
 * does {@link #deliver} for a sink without a {@link FanOut} group; they must only enqueue, never
 * write or block: that is what keeps a publish independent of clients.
 */
public interface EventSink {

    /**
     * The start of this sink's subscription to a stream, before any live event of it.
     *
     * @param position the last id of the stream this sink is now considered to have seen
     * @param reset    a signal that the requested resume point could not be honoured, or null
     * @param replay   retained events to send first, oldest first
     */
    void start(String stream, long position, ResetSignal reset, List<Event> replay);

    /**
     * A live event, in the stream's order. From the stream (under its lock) for a sink without a
     * group; from the group's own thread otherwise, where an event up to the sink's start position
     * may still arrive and must be ignored.
     */
    void deliver(Event event);

    /** The group that fans events out to this sink, or null to be handed each event by the stream itself. */
    default FanOut fanOut() {
        return null;
    }
}
