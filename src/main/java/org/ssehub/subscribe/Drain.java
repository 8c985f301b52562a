package org.ssehub.subscribe;

import org.ssehub.stream.Frames;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Closes a node's open connections spread over a window instead of all at once, so their clients
 * come back spread out. In random order, connection {@code i} of {@code n} is sent a {@code retry:}
 * with random jitter (half to one and a half times the configured retry) at {@code i * window / n},
 * and closed {@link #RETRY_LEAD_MILLIS} later. The window is shortened to {@value #MIN_SPACING_MILLIS} ms
 * per connection when there are few, so a quiet node is not held up for nothing. One thread of its own,
 * started once per drain, and stopped by {@link #cancel}.
 */
final class Drain {

    static final String REASON = "draining";
    /** At least this far apart on average; fewer connections shorten the window. */
    static final long MIN_SPACING_MILLIS = 20;
    /** A connection gets its retry this long before its close, so the frame is written first. */
    static final long RETRY_LEAD_MILLIS = 100;
    private static final Logger LOG = Logger.getLogger(Drain.class.getName());

    private final ThreadFactory threads;
    private final long windowMillis;
    private final long retryMillis;
    private final AtomicReference<Thread> running = new AtomicReference<>();
    private volatile boolean cancelled;

    Drain(ThreadFactory threads, long windowMillis, long retryMillis) {
        this.threads = threads;
        this.windowMillis = windowMillis;
        this.retryMillis = Math.max(1, retryMillis);
    }

    /** Starts draining what {@code open} holds now (and ends what it holds at the end); once until {@link #cancel}. */
    void start(Supplier<Collection<Connection>> open) {
        Thread thread = threads.newThread(() -> run(open));
        if (running.compareAndSet(null, thread)) {
            cancelled = false;
            thread.start();
        }
    }

    /** Waits for a drain under way to end, up to the window and a little more. */
    void await() throws InterruptedException {
        Thread thread = running.get();
        if (thread != null) {
            thread.join(windowMillis + RETRY_LEAD_MILLIS + 2_000);
        }
    }

    /** Stops a drain under way (the connections it has not closed stay open) and waits for its thread. */
    void cancel() throws InterruptedException {
        Thread thread = running.get();
        if (thread != null) {
            cancelled = true;
            thread.interrupt();
            thread.join(5_000);
            running.compareAndSet(thread, null);
        }
    }

    private void run(Supplier<Collection<Connection>> open) {
        List<Connection> order = new ArrayList<>(open.get());
        Collections.shuffle(order);
        int n = order.size();
        long window = Math.min(windowMillis, n * MIN_SPACING_MILLIS);
        long start = System.nanoTime();
        LOG.info(() -> "Draining " + n + " connections over " + window + " ms");
        int retried = 0;
        int closed = 0;
        try {
            while (closed < n && !cancelled) {
                long retryAt = retried < n ? retried * window / n : Long.MAX_VALUE;
                long closeAt = closed * window / n + RETRY_LEAD_MILLIS;
                sleepUntil(start, Math.min(retryAt, closeAt));
                if (retryAt <= closeAt) {
                    sendRetry(order.get(retried++));
                } else {
                    order.get(closed++).end(REASON);
                }
            }
            if (!cancelled) {
                open.get().forEach(connection -> connection.end(REASON)); // any that slipped in meanwhile
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // cancelled: the thread ends
        }
    }

    private void sendRetry(Connection connection) {
        long jittered = ThreadLocalRandom.current().nextLong(retryMillis / 2, retryMillis * 3 / 2 + 1);
        connection.backlog().addFrame(Frames.retry(jittered));
        connection.writer().writeSoon();
    }

    private static void sleepUntil(long startNanos, long offsetMillis) throws InterruptedException {
        long left = startNanos + TimeUnit.MILLISECONDS.toNanos(offsetMillis) - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
