package org.ssehub.subscribe;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Finds clients that leave right after connecting (subscribe-and-close) within seconds rather than
 * heartbeats. No container tells an application that the client closed an async request without a
 * body: Tomcat 10.1 registers read interest only for connections that are not async
 * ({@code AbstractProtocol.ConnectionHandler.longPoll}), so the client's FIN is never read and the
 * socket sits in {@code CLOSE_WAIT}; a {@code ReadListener} hears only the end of the (empty) body,
 * not of the socket; TomEE runs the same connector and Grizzly (Payara) reports a failed write only
 * on the next write. What works everywhere is writing: the first write to a peer that closed is
 * answered with a reset and the next one fails. So each new connection that has had nothing written
 * for half a second gets a heartbeat comment one and two seconds after it opened; the write that
 * fails releases it as any failed write does (on Grizzly, the empty write one timer tick after a
 * heartbeat surfaces the failure). Costs two comments per connection, none on a busy one.
 */
final class DepartureProbe {

    private static final long FIRST_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int ROUNDS = 2;
    private static final long IDLE_NANOS = FIRST_NANOS / 2;
    private static final long TICK_MILLIS = 100;

    private record Due(Subscriber subscriber, long atNanos, int round) {
    }

    /** Oldest first: every entry is due one interval after it was queued. */
    private final ConcurrentLinkedQueue<Due> due = new ConcurrentLinkedQueue<>();
    private final long stallNanos;
    private final ScheduledFuture<?> ticks;

    /**
     * Probes only when heartbeats come later than the probes would, which otherwise find departures
     * as soon.
     */
    DepartureProbe(ScheduledExecutorService timer, long heartbeatNanos, long stallNanos) {
        this.stallNanos = stallNanos;
        this.ticks = heartbeatNanos > ROUNDS * FIRST_NANOS
                ? timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS)
                : null;
    }

    /** A connection just started. */
    void watch(Subscriber subscriber) {
        if (ticks != null) {
            due.add(new Due(subscriber, System.nanoTime() + FIRST_NANOS, 1));
        }
    }

    void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
        due.clear();
    }

    private void tick() {
        long now = System.nanoTime();
        for (Due next = due.peek(); next != null && next.atNanos() - now <= 0; next = due.peek()) {
            due.poll();
            Subscriber subscriber = next.subscriber();
            if (subscriber.isClosed()) {
                continue;
            }
            subscriber.checkIdleOrStalled(now, IDLE_NANOS, stallNanos);
            if (next.round() < ROUNDS) {
                due.add(new Due(subscriber, next.atNanos() + FIRST_NANOS, next.round() + 1));
            }
        }
    }
}
