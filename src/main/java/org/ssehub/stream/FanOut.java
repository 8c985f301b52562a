package org.ssehub.stream;

import java.util.Collection;

/**
 * A group of a stream's sinks served together off the publishing thread (in the subscribe package:
 * one dispatcher thread and the connections it owns; another kind of connection brings its own
 * group). A stream hands each event to each group once, so a publish costs the number of groups, not
 * the number of subscribers.
 */
public interface FanOut {

    /**
     * Called while the stream holds its lock, once per event and group, in the stream's order: must
     * only enqueue. The group later calls {@link EventSink#deliver} on the members it finds in
     * {@code members} then; that live view may include sinks that subscribed after this event, which
     * must ignore events up to the position their subscription started at.
     */
    void publish(Event event, Collection<EventSink> members);
}
