package org.ssehub.stream;

/**
 * What one stream's history may retain: at most {@code maxEvents} events, none older than
 * {@code maxAgeMillis}, together holding at most {@code maxBytes} ({@link Event#footprint()}).
 */
record HistoryLimits(int maxEvents, long maxAgeMillis, long maxBytes) {
}
