package org.ssehub.stream;

import org.ssehub.stream.redis.NodeCounts;
import org.ssehub.stream.redis.RedisStreamStore;
import org.ssehub.stream.redis.StoreUnavailableException;
import org.ssehub.stream.redis.StreamState;

import java.util.Map;
import java.util.Optional;

/**
 * What {@code /api/streams} shows in Redis mode: last id and retained events from Redis, subscribers of
 * this node (its mirrors) and of all nodes ({@link NodeCounts}: each node reports its own every few
 * seconds, and a report expires, so a dead node's count goes away).
 */
final class ClusterFigures {

    private final RedisStreamStore store;
    private final NodeCounts counts;
    private final Map<String, MirrorStream> mirrors;

    ClusterFigures(RedisStreamStore store, NodeCounts counts, Map<String, MirrorStream> mirrors) {
        this.store = store;
        this.counts = counts;
        this.mirrors = mirrors;
    }

    /** Redis's figures for the stream, with this node's subscribers and all nodes'; this node's alone while Redis is away. */
    Optional<StreamInfo> of(String name) {
        MirrorStream mirror = mirrors.get(name);
        int here = mirror == null ? 0 : mirror.info().subscribers;
        Optional<StreamState> state;
        long all;
        try {
            state = store.state(name);
            all = Math.max(here, counts.total(name));
        } catch (StoreUnavailableException e) {
            return Optional.ofNullable(mirror).map(Stream::info);
        }
        if (state.isEmpty() && mirror == null) {
            return Optional.empty();
        }
        return Optional.of(state.map(s -> new StreamInfo(name, here, Long.toString(s.lastId()), (int) s.retained(),
                s.retainedBytes(), all)).orElseGet(() -> new StreamInfo(name, here, null, 0, 0, all)));
    }

    /** This node's subscribers per stream it mirrors; run more often than a report expires. */
    void report() {
        try {
            mirrors.forEach((name, mirror) -> counts.report(name, mirror.info().subscribers));
        } catch (StoreUnavailableException e) {
            // Redis away: the counts expire and come back with the next report
        }
    }
}
