package org.ssehub.stream;

import java.time.Clock;
import java.time.Instant;

/**
 * Event ids: microseconds since the epoch, bumped by one when the clock has not moved on, so ids
 * of a stream strictly increase, compare as numbers, and keep increasing across a restart.
 */
final class EventIds {

    private final Clock clock;

    EventIds(Clock clock) {
        this.clock = clock;
    }

    long now() {
        Instant instant = clock.instant();
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }

    long next(long previous) {
        return Math.max(previous + 1, now());
    }
}
