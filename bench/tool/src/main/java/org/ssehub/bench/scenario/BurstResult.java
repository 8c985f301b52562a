package org.ssehub.bench.scenario;

/**
 * Scenario F's figures: {@code arrivals} subscribers due at {@code perSecond}, how many got their 200
 * ({@code established}) and how many failed (refused, dropped, non-200 or not answered in time), and
 * the connect latency from when each was due to its response head.
 */
public record BurstResult(int arrivals, int perSecond, int established, int failed, Latencies connect) {
}
