package org.ssehub.bench.scenario;

import java.time.Duration;

/** A steady publish rate to many subscribers (scenarios C and D), reported per window. */
public record SteadySettings(String label, int subscribers, double rate, int payloadBytes, int windows,
        Duration window, int stalledClients) {

    /** (C) 1,000 subscribers, 100 events/s of 64 bytes, 30 s. */
    public static SteadySettings latency() {
        return new SteadySettings("C latency", 1_000, 100, 64, 3, Duration.ofSeconds(10), 0);
    }

    /** (D) as C with 1 KiB events and 10 clients that never read, 60 s. */
    public static SteadySettings stalled() {
        return new SteadySettings("D stalled", 1_000, 100, 1_024, 6, Duration.ofSeconds(10), 10);
    }
}
