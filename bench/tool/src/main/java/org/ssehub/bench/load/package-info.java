/**
 * The load generator: NIO SSE subscribers ({@link org.ssehub.bench.load.SseClientPool}), a keep-alive
 * HTTP publisher ({@link org.ssehub.bench.load.Publisher}) and the delivery/latency bookkeeping, with loss
 * counted per subscriber by sequence number when the publisher numbers its events.
 * Used by the scenarios; knows nothing about which server it talks to beyond the hub's HTTP contract.
 */
package org.ssehub.bench.load;
