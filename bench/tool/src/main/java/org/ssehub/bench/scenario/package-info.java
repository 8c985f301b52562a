/**
 * The four scenarios (A idle, B fan-out, C latency, D stalled clients) against one {@link
 * org.ssehub.bench.scenario.Target}; each returns a record of figures and leaves no connection or thread behind.
 */
package org.ssehub.bench.scenario;
