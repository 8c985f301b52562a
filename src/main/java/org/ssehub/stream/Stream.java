package org.ssehub.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One named stream. Its lock orders everything that touches the sequence: assigning an id,
 * retaining the event, and handing it to every subscriber; and, for a new subscriber, computing its
 * replay and registering it in one step, so replay and live meet with no gap and no duplicate.
 * Nothing under the lock writes to a socket: every sink belongs to a {@link FanOut} group, which
 * hands it the event itself, so a publish costs one hand-over per group.
 */
final class Stream implements RetainedBytes.Holder {

    private final String name;
    private final EventIds ids;
    private final History history;
    private final ReentrantLock lock = new ReentrantLock();
    /** Sinks by group; a group's set stays once made (there are few groups: one per dispatcher thread). */
    private final Map<FanOut, Set<EventSink>> groups = new ConcurrentHashMap<>();
    private long position;
    private long lastPublished;
    private boolean retired;

    Stream(String name, EventIds ids, HistoryLimits limits, RetainedBytes budget) {
        this.name = name;
        this.ids = ids;
        this.position = ids.now();
        this.history = new History(limits, budget.open(this), position);
    }

    /** A node's mirror of a stream held in Redis: events come from the live feed ({@link #append}), after {@code position}. */
    Stream(String name, long position, HistoryLimits limits, RetainedBytes budget) {
        this.name = name;
        this.ids = null;
        this.position = position;
        this.history = new History(limits, budget.open(this), position);
    }

    String name() {
        return name;
    }

    /** @return the event, or null if this stream was retired meanwhile (look it up again) */
    Event publish(String type, String data, long nowMillis) {
        lock.lock();
        try {
            if (retired) {
                return null;
            }
            position = ids.next(position);
            lastPublished = position;
            Event event = new Event(name, position, type, data, nowMillis);
            history.add(event, nowMillis);
            fanOut(event);
            return event;
        } finally {
            lock.unlock();
        }
    }

    private void fanOut(Event event) {
        groups.forEach((group, members) -> {
            if (!members.isEmpty()) {
                group.publish(event, members);
            }
        });
    }

    /**
     * A mirror's next event, as the store ordered it: retained and handed to every subscriber; one at
     * or below the position is a duplicate and ignored. A control event (a reset) is only handed on.
     *
     * @return false if this stream was retired meanwhile
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
     * A mirror's subscribe: the replay the store read (outside this lock), completed by the events the
     * mirror got after it, then live; so a replay meets live events with no gap and no duplicate.
     *
     * @param upTo     the newest id the store's read covers
     * @param keepLast at most this many replayed events, the newest
     * @return false if this stream was retired meanwhile (look it up again)
     */
    boolean subscribe(EventSink sink, ResetSignal reset, List<Event> read, long upTo, int keepLast) {
        lock.lock();
        try {
            if (retired) {
                return false;
            }
            List<Event> replay = new ArrayList<>(read);
            replay.addAll(history.after(read.isEmpty() ? upTo : Math.max(upTo, read.get(read.size() - 1).id())));
            if (replay.size() > keepLast) {
                replay = replay.subList(replay.size() - keepLast, replay.size());
            }
            sink.start(name, replay.isEmpty() ? Math.max(position, upTo) : replay.get(0).id() - 1, reset, replay);
            membersOf(sink).add(sink);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** A mirror nobody on this node watches is retired, its events let go (its stream lives on in the store). */
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

    /** @return false if this stream was retired meanwhile (look it up again) */
    boolean subscribe(EventSink sink, StartPoint resume, long nowMillis) {
        lock.lock();
        try {
            if (retired) {
                return false;
            }
            history.expire(nowMillis);
            start(sink, resume);
            membersOf(sink).add(sink);
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void start(EventSink sink, StartPoint resume) {
        if (resume.isAll()) {
            startWith(sink, null, history.last(Integer.MAX_VALUE));
        } else if (resume.isLast()) {
            startWith(sink, null, history.last((int) Math.min(Integer.MAX_VALUE, resume.value())));
        } else if (resume.isAfter()) {
            long after = resume.value();
            if (history.lostAfter(after)) {
                Event oldest = history.oldest();
                ResetSignal reset = new ResetSignal(name, Long.toString(after), ResetSignal.EXPIRED,
                        oldest == null ? null : oldest.id());
                startWith(sink, reset, history.last(Integer.MAX_VALUE));
            } else if (after > position) {
                sink.start(name, position, new ResetSignal(name, Long.toString(after), ResetSignal.UNKNOWN, null), List.of());
            } else {
                sink.start(name, after, null, history.after(after));
            }
        } else {
            sink.start(name, position, null, List.of());
        }
    }

    private void startWith(EventSink sink, ResetSignal reset, List<Event> replay) {
        long before = replay.isEmpty() ? position : replay.get(0).id() - 1;
        sink.start(name, before, reset, replay);
    }

    void unsubscribe(EventSink sink) {
        membersOf(sink).remove(sink);
    }

    private Set<EventSink> membersOf(EventSink sink) {
        return groups.computeIfAbsent(sink.fanOut(), g -> ConcurrentHashMap.newKeySet());
    }

    @Override
    public boolean dropOldest(long id) {
        lock.lock();
        try {
            return history.dropOldest(id);
        } finally {
            lock.unlock();
        }
    }

    private int subscribers() {
        int count = 0;
        for (Set<EventSink> members : groups.values()) {
            count += members.size();
        }
        return count;
    }

    /**
     * Lets aged events go; retires the stream when nobody listens and nothing is retained (from the
     * sweep, and when a stream's last subscriber leaves).
     */
    boolean expireAndRetireIfIdle(long nowMillis) {
        lock.lock();
        try {
            history.expire(nowMillis);
            if (subscribers() == 0 && history.size() == 0) {
                retired = true;
            }
            return retired;
        } finally {
            lock.unlock();
        }
    }

    StreamInfo info() {
        lock.lock();
        try {
            return new StreamInfo(name, subscribers(), lastPublished == 0 ? null : Long.toString(lastPublished), history.size(), history.bytes());
        } finally {
            lock.unlock();
        }
    }
}
