package org.ssehub.subscribe;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Timers that end connections at their token's expiry, each cancelled when its connection ends
 * first. The client reconnects with a fresh token and its last id.
 */
final class TokenExpiries {

    private final Map<Connection, ScheduledFuture<?>> expiries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;

    TokenExpiries(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** @param stillOpen whether the connection is open still (it may have ended before the timer was set) */
    void endAt(Connection connection, Instant at, Predicate<Connection> stillOpen) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        ScheduledFuture<?> expiry = timer.schedule(() -> connection.end("token expired"), delay, TimeUnit.MILLISECONDS);
        expiries.put(connection, expiry);
        if (!stillOpen.test(connection) && expiries.remove(connection, expiry)) {
            expiry.cancel(false); // it ended before the timer was set
        }
    }

    void forget(Connection connection) {
        ScheduledFuture<?> expiry = expiries.remove(connection);
        if (expiry != null) {
            expiry.cancel(false);
        }
    }
}
