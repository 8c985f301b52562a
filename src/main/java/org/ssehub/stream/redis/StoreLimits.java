package org.ssehub.stream.redis;

import java.util.concurrent.TimeUnit;

/**
 * Bounds of one stream's history in Redis: events, age and bytes (type + data), as the in-memory
 * history has them, and how long a stream's state (last id, floor) outlives its last publish.
 */
public record StoreLimits(int maxEvents, long maxAgeMillis, long maxBytes, long stateTtlMillis) {

    /** Ids of a new era start this far past Redis TIME: more than two Redis clocks may differ (a failover). */
    static final long ERA_MARGIN_MICROS = TimeUnit.SECONDS.toMicros(1);

    public StoreLimits {
        if (maxEvents < 0 || maxAgeMillis < 0 || maxBytes < 0 || stateTtlMillis < maxAgeMillis || stateTtlMillis < 1) {
            throw new IllegalArgumentException("history bounds must not be negative, and the state must outlive the history");
        }
    }

    /** The state lives a day past the last publish, or as long as the history if that is longer. */
    public static StoreLimits of(int maxEvents, long maxAgeMillis, long maxBytes) {
        return new StoreLimits(maxEvents, maxAgeMillis, maxBytes, Math.max(maxAgeMillis, TimeUnit.DAYS.toMillis(1)));
    }

    String[] scriptArgs(String... more) {
        String[] args = new String[5 + more.length];
        args[0] = Integer.toString(maxEvents);
        args[1] = Long.toString(TimeUnit.MILLISECONDS.toMicros(maxAgeMillis));
        args[2] = Long.toString(maxBytes);
        args[3] = Long.toString(stateTtlMillis);
        args[4] = Long.toString(ERA_MARGIN_MICROS);
        System.arraycopy(more, 0, args, 5, more.length);
        return args;
    }
}
