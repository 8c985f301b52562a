package org.ssehub.subscribe;

import org.ssehub.runtime.HubThreads;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The one timer task that keeps the open connections honest: {@link Heartbeats} on every connection
 * (a comment when idle, a cut-off when stalled) and the {@link DepartureProbe} on new ones. It ticks
 * ten times per heartbeat interval (at least once a second), so an idle connection gets its comment at
 * most a tenth late and a stalled one is cut off at most a second late. One thread, so the probe never
 * races the heartbeats. It also completes the responses the container left uncompleted after a failed
 * write ({@link LateCompletions}).
 */
final class Liveness {

    private final Heartbeats heartbeats;
    private final DepartureProbe departures;
    private final LateCompletions lateCompletions = new LateCompletions();
    private final HubThreads threads;
    private final long tickMillis;
    private ScheduledFuture<?> task;

    Liveness(HubThreads threads, long heartbeatMillis) {
        this.threads = threads;
        long heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(heartbeatMillis);
        heartbeats = new Heartbeats(heartbeatNanos);
        departures = new DepartureProbe(heartbeatNanos, heartbeats);
        tickMillis = Math.max(100, Math.min(1000, heartbeatMillis / 10));
    }

    /** Starts ticking over what {@code open} holds at each tick. */
    void start(Iterable<Connection> open) {
        task = threads.timer().scheduleAtFixedRate(() -> tick(open), tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    /** A connection just started sending. */
    void watch(Connection connection) {
        departures.watch(connection);
    }

    /** Where a servlet connection whose write failed waits for the container to complete it. */
    LateCompletions lateCompletions() {
        return lateCompletions;
    }

    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        departures.stop();
        lateCompletions.stop();
    }

    private void tick(Iterable<Connection> open) {
        long now = System.nanoTime();
        for (Connection connection : open) {
            heartbeats.check(connection, now);
        }
        departures.tick(now);
        lateCompletions.tick(now);
    }
}
