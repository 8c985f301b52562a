/**
 * The scenarios (A idle, B fan-out, C latency, D stalled clients, and C spread over two nodes for E) against
 * one {@link org.ssehub.bench.scenario.Target} or a {@link org.ssehub.bench.scenario.Deployment} of several
 * nodes; each returns a record of figures and leaves no connection or thread behind.
 */
package org.ssehub.bench.scenario;
