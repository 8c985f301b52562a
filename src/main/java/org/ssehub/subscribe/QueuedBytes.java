package org.ssehub.subscribe;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The node-wide bound on bytes waiting in clients' backlogs ({@code sse.hub.client.max-total-queued-bytes}),
 * so that the per-client limit times the subscriber limit is not the only cap. Each {@link Backlog}
 * reserves a live event's bytes here before queueing it and releases them when the event is written
 * or dropped. Thread-safe.
 */
final class QueuedBytes {

    private final long max;
    private final AtomicLong used = new AtomicLong();

    QueuedBytes(long max) {
        this.max = max;
    }

    /** @return false, reserving nothing, when {@code bytes} more would pass the bound */
    boolean tryReserve(long bytes) {
        while (true) {
            long now = used.get();
            if (now + bytes > max) {
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    long used() {
        return used.get();
    }

    long max() {
        return max;
    }
}
