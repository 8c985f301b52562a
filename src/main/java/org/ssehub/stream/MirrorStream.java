package org.ssehub.stream;

import org.ssehub.stream.redis.Page;

import java.util.ArrayList;
import java.util.List;

/**
 * A node's copy of a stream held in Redis ({@link ClusterStreams}): the store assigns the ids, the
 * node's live feed hands the events in ({@link #append}) in the store's one order, and the mirror keeps
 * them within the history bounds and fans them out to this node's subscribers, under the stream's lock.
 */
final class MirrorStream extends Stream {

    /** @param position Redis's last id of the stream when this node began to follow it */
    MirrorStream(String name, long position, HistoryLimits limits, RetainedBytes budget) {
        super(name, null, position, limits, budget);
    }

    /** A mirror never assigns an id: publishes go to the store. */
    @Override
    Event publish(String type, String data, long nowMillis) {
        throw new UnsupportedOperationException("a mirror's events come from its store");
    }

    /**
     * The next event, as the store ordered it: retained and handed to every subscriber; one at or below
     * the position is a duplicate and ignored. A control event (a reset) is only handed on.
     *
     * @return false if this mirror was retired meanwhile
     */
    boolean append(Event event, long nowMillis) {
        lock.lock();
        try {
            if (retired) {
                return false;
            }
            if (event.isControl()) {
                fanOut(event);
            } else if (event.id() > position) {
                position = event.id();
                lastPublished = position;
                history.add(event, nowMillis);
                fanOut(event);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A subscribe: the replay the store read (outside this lock), completed by the events the mirror got
     * after it, then live; so a replay meets live events with no gap and no duplicate. If the mirror let
     * some of those go already (its own bounds), the subscriber is told with a reset.
     *
     * @param page     the store's read: the reset to send first, the events, and the state it saw
     * @param keepLast at most this many replayed events, the newest
     * @return false if this mirror was retired meanwhile (look it up again)
     */
    boolean subscribe(EventSink sink, Page page, int keepLast) {
        lock.lock();
        try {
            if (retired) {
                return false;
            }
            List<Event> read = page.events();
            ResetSignal reset = page.reset();
            long upTo = page.state() == null ? 0 : page.state().lastId();
            long covered = read.isEmpty() ? upTo : Math.max(upTo, read.get(read.size() - 1).id());
            List<Event> replay = new ArrayList<>(read);
            replay.addAll(history.after(covered));
            if (reset == null && keepLast > 0 && history.lostAfter(covered)) {
                Event oldest = history.oldest();
                reset = new ResetSignal(name(), Long.toString(covered), ResetSignal.EXPIRED, oldest == null ? null : oldest.id());
            }
            if (replay.size() > keepLast) {
                replay = replay.subList(replay.size() - keepLast, replay.size());
            }
            sink.start(name(), replay.isEmpty() ? Math.max(position, upTo) : replay.get(0).id() - 1, reset, replay);
            membersOf(sink).add(sink);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** A mirror nobody on this node watches is retired and its events let go (the stream lives on in Redis). */
    boolean retireIfUnwatched() {
        lock.lock();
        try {
            if (subscribers() == 0 && !retired) {
                retired = true;
                for (Event oldest = history.oldest(); oldest != null; oldest = history.oldest()) {
                    history.dropOldest(oldest.id());
                }
            }
            return retired;
        } finally {
            lock.unlock();
        }
    }
}
