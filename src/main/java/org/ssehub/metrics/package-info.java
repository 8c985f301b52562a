/**
 * What the node is doing, for a Prometheus: {@link org.ssehub.metrics.HubCounters} are the counters the
 * hot path adds to (plain {@code LongAdder}s, read only at scrape time), {@link org.ssehub.metrics.HubMetrics}
 * owns the Micrometer registry, its JVM and container binders, and {@code GET /api/metrics}
 * ({@link org.ssehub.metrics.MetricsResource}) writes it as Prometheus text. Gauges of the node's own
 * state are bound by {@link org.ssehub.metrics.NodeGauges}; those of the Redis backplane, when the node
 * runs on Redis, by {@link org.ssehub.metrics.BackplaneGauges}.
 */
package org.ssehub.metrics;
