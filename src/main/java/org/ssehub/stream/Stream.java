package org.ssehub.stream;

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
 * hands it the event itself, so a publish costs one hand-over per group. A node's copy of a stream
 * held in Redis is a {@link MirrorStream}, which shares all of this but the id assignment.
 */
class Stream implements RetainedBytes.Holder {

    private final String name;
    private final EventIds ids;
    final History history;
    final ReentrantLock lock = new ReentrantLock();
    /** Sinks by group; a group's set stays once made (there are few groups: one per dispatcher thread). */
    private final Map<FanOut, Set<EventSink>> groups = new ConcurrentHashMap<>();
    long position;
    long lastPublished;
    boolean retired;

    Stream(String name, EventIds ids, HistoryLimits limits, RetainedBytes budget) {
        this(name, ids, ids.now(), limits, budget);
    }

    /** @param position the id before its first event, where its history begins */
    Stream(String name, EventIds ids, long position, HistoryLimits limits, RetainedBytes budget) {
        this.name = name;
        this.ids = ids;
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

    void fanOut(Event event) {
        groups.forEach((group, members) -> {
            if (!members.isEmpty()) {
                group.publish(event, members);
            }
        });
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

    Set<EventSink> membersOf(EventSink sink) {
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

    int subscribers() {
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
