package org.ssehub.stream;

import java.util.Comparator;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The node-wide budget of retained history bytes ({@code sse.hub.history.max-total-bytes}). Every
 * history has an {@link Account} here that says what it adds, what it lets go and which of its events
 * is now its oldest; when the node's total is over the budget, {@link #enforce()} lets the oldest
 * retained event of the whole node go, across streams, until the total fits again. Only the
 * bookkeeping and the choice of victim live here: what "letting go" means is the {@link Holder}'s.
 * Thread-safe. Call {@link #enforce()} with no stream's lock held: it takes the holders' locks.
 */
final class RetainedBytes {

    /** What a history offers the budget. */
    interface Holder {
        /**
         * Lets the oldest retained event go if its id is still {@code id}.
         *
         * @return false if the holder's oldest event is another one by now
         */
        boolean dropOldest(long id);
    }

    private record Oldest(long id, long serial, Holder holder) {
    }

    private static final Comparator<Oldest> OLDEST_FIRST =
            Comparator.comparingLong(Oldest::id).thenComparingLong(Oldest::serial);

    private final long max;
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong serials = new AtomicLong();
    private final AtomicInteger holding = new AtomicInteger();
    /** The oldest retained event of every history that retains any, oldest first. */
    private final ConcurrentSkipListSet<Oldest> oldest = new ConcurrentSkipListSet<>(OLDEST_FIRST);
    private final ReentrantLock evicting = new ReentrantLock();

    RetainedBytes(long maxTotalBytes) {
        this.max = maxTotalBytes;
    }

    /** The node's budget as configured: {@code sse.hub.history.max-total-bytes}, 0 = a quarter of the heap. */
    static RetainedBytes from(org.ssehub.config.HubConfig config) {
        long maxTotal = config.number(org.ssehub.config.Setting.HISTORY_MAX_TOTAL_BYTES);
        return new RetainedBytes(maxTotal > 0 ? maxTotal : Runtime.getRuntime().maxMemory() / 4);
    }

    /** A new history's account; the history's own lock guards it. */
    Account open(Holder holder) {
        return new Account(holder, serials.incrementAndGet());
    }

    /** Bytes retained on this node now. */
    long total() {
        return total.get();
    }

    long max() {
        return max;
    }

    /** Histories that retain at least one event. */
    int holding() {
        return holding.get();
    }

    /** While the node retains more than its budget, lets its oldest event go. */
    void enforce() {
        if (total.get() <= max) {
            return;
        }
        evicting.lock();
        try {
            while (total.get() > max) {
                Oldest first = oldest.pollFirst();
                if (first == null) {
                    return; // the bytes just added are not yet matched by an oldest entry: their publish enforces again
                }
                first.holder().dropOldest(first.id());
            }
        } finally {
            evicting.unlock();
        }
    }

    /** One history's part of the budget. Not thread-safe: its history's lock guards it. */
    final class Account {

        private final Holder holder;
        private final long serial;
        private Oldest current;

        private Account(Holder holder, long serial) {
            this.holder = holder;
            this.serial = serial;
        }

        void retained(long bytes) {
            total.addAndGet(bytes);
        }

        void released(long bytes) {
            total.addAndGet(-bytes);
        }

        /** @param id the history's oldest retained id now, or 0 when it retains nothing */
        void oldestIs(long id) {
            if (current != null && current.id() == id) {
                return;
            }
            if (current != null) {
                oldest.remove(current);
                holding.decrementAndGet();
            }
            current = id == 0 ? null : new Oldest(id, serial, holder);
            if (current != null) {
                oldest.add(current);
                holding.incrementAndGet();
            }
        }
    }
}
