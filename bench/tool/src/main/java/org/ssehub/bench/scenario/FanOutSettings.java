package org.ssehub.bench.scenario;

import java.time.Duration;
import java.util.List;

/**
 * Scenario B: for each subscriber count, delivered-events/s targets from {@code startRate} up by
 * {@code factor} per step of {@code step} until a step fails twice, then one step halfway between the last
 * pass and the failure.
 */
public record FanOutSettings(List<Integer> subscriberCounts, double startRate, double factor, double maxRate,
        Duration step, int payloadBytes) {

    public static FanOutSettings standard() {
        return new FanOutSettings(List.of(100, 1_000, 5_000), 20_000, 1.5, 2_000_000, Duration.ofSeconds(4), 64);
    }
}
