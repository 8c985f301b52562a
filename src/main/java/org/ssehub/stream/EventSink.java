package org.ssehub.stream;

import java.util.List;

/**
 * What a stream needs of a subscriber. Both calls come while the stream holds its lock, so they
 * must only enqueue, never write or block: that is what keeps a publish independent of clients.
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

    /** A live event, in the stream's order. */
    void deliver(Event event);
}
