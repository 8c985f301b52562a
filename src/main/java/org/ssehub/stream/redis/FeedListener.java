package org.ssehub.stream.redis;

import org.ssehub.stream.Event;
import org.ssehub.stream.ResetSignal;

/** Where a {@link LiveFeed} hands the events of the streams it follows; called from the feed's one thread. */
public interface FeedListener {

    /** The next event of its stream: in id order, each once. */
    void deliver(Event event);

    /** Events of the stream after {@code reset.lastEventId()} may be missing; the events that follow are all that is left. */
    void reset(ResetSignal reset);
}
