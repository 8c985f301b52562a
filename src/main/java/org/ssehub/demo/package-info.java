/**
 * The seed systems: generators that feed the {@code events} and {@code news} streams, and the
 * per-connection demo endpoints {@code /api/demo/clock}, {@code count} and {@code ping}, written
 * with JAX-RS {@code Sse} / {@code SseEventSink}.
 */
package org.ssehub.demo;
