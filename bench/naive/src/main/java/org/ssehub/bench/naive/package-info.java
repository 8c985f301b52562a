/**
 * The naive reference of the benchmark: one {@code SseBroadcaster}, {@code register} on subscribe,
 * {@code broadcast} on publish, exactly as the JAX-RS tutorials write it. Deliberately not improved:
 * it is the baseline the hub is measured against, not code to copy.
 */
package org.ssehub.bench.naive;
