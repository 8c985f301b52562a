/**
 * Entry point of the benchmark tool ({@link org.ssehub.bench.BenchMain}): {@code compare} (the whole
 * comparison), {@code reference} (the raw-NIO reference server), {@code hot-methods} (a JFR summary).
 */
package org.ssehub.bench;
