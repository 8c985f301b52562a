package org.ssehub.stream;

import java.util.List;

/**
 * What a stream needs of a subscriber: one connection, of whatever kind, in a {@link FanOut} group.
 * {@link #start} comes while the stream holds its lock and must only enqueue, never write or block:
 * that is what keeps a publish independent of clients. {@link #deliver} comes from the group.
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
     * A live event, in the stream's order, called by this sink's group (on the group's own thread for
     * the servlet connections). An event up to the sink's start position may still arrive and must be
     * ignored. A sink handles its own failures: whatever it throws, the group goes on with the others.
     */
    void deliver(Event event);

    /** The group that hands this sink its events; the same for the sink's whole life, never null. */
    FanOut fanOut();
}
