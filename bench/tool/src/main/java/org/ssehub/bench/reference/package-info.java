/**
 * The raw-NIO reference: the least a JVM SSE broadcaster can do (one selector thread, a frame encoded once
 * per event and written to every subscriber, a bounded backlog per subscriber). It is the ceiling the hub is
 * measured against, so it implements only the two requests of the contract the benchmark uses.
 */
package org.ssehub.bench.reference;
