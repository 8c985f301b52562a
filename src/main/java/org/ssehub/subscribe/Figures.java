package org.ssehub.subscribe;

/**
 * What the node's connections look like now, for metrics and health: computed when asked (a scrape,
 * a probe), never kept up to date on the hot path.
 *
 * @param connections        open SSE connections
 * @param limit              {@code sse.hub.max-subscribers}
 * @param subscriptions      streams subscribed, over all connections
 * @param largestBacklog     bytes of live events queued for the client furthest behind
 * @param dispatchQueueDepth events and writes waiting for a dispatcher lane
 * @param draining           whether the node is draining (refusing new subscriptions, closing open ones)
 */
public record Figures(int connections, int limit, long subscriptions, long largestBacklog, long dispatchQueueDepth,
                      boolean draining) {

    public boolean full() {
        return connections >= limit;
    }

    /** Walks the open connections once: what a scrape or a probe costs, never the hot path. */
    static Figures count(Iterable<Connection> open, int admitted, int limit, long dispatchQueueDepth, boolean draining) {
        long subscriptions = 0;
        long largest = 0;
        for (Connection connection : open) {
            subscriptions += connection.streams().size();
            largest = Math.max(largest, connection.backlog().liveBytes());
        }
        return new Figures(admitted, limit, subscriptions, largest, dispatchQueueDepth, draining);
    }
}
