package org.ssehub.subscribe;

import java.util.concurrent.ConcurrentLinkedQueue;
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
 * for half a second gets a heartbeat comment about one and two seconds after it opened; the write
 * that fails ends it as any failed write does (on Grizzly, {@link Heartbeats}' empty write one tick
 * later surfaces the failure). Costs two comments per connection, none on a busy one. Runs on the
 * heartbeat task's thread, from {@link Liveness}, so it never races the heartbeats themselves.
 */
final class DepartureProbe {

    private static final long FIRST_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int ROUNDS = 2;
    private static final long IDLE_NANOS = FIRST_NANOS / 2;

    private record Due(Connection connection, long atNanos, int round) {
    }

    /** Oldest first: every entry is due one interval after it was queued; at most two per open connection. */
    private final ConcurrentLinkedQueue<Due> due = new ConcurrentLinkedQueue<>();
    private final Heartbeats heartbeats;
    private final boolean active;

    /** Probes only when heartbeats come later than the probes would, which otherwise find departures as soon. */
    DepartureProbe(long heartbeatNanos, Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
        this.active = heartbeatNanos > ROUNDS * FIRST_NANOS;
    }

    /** A connection just started. */
    void watch(Connection connection) {
        if (active) {
            due.add(new Due(connection, System.nanoTime() + FIRST_NANOS, 1));
        }
    }

    void stop() {
        due.clear();
    }

    /** Probes every connection whose turn has come. */
    void tick(long nowNanos) {
        for (Due next = due.peek(); next != null && next.atNanos() - nowNanos <= 0; next = due.peek()) {
            due.poll();
            Connection connection = next.connection();
            ConnectionWriter writer = connection.writer();
            if (writer.isEnding()) {
                continue;
            }
            // A comment even when something else is queued: what is queued may be Heartbeats' empty
            // write, which never reaches the socket and so cannot fail.
            if (nowNanos - writer.lastWriteNanos() >= IDLE_NANOS) {
                heartbeats.beat(connection);
            }
            if (next.round() < ROUNDS) {
                due.add(new Due(connection, next.atNanos() + FIRST_NANOS, next.round() + 1));
            }
        }
    }
}
