package org.ssehub.stream.redis;

import org.ssehub.stream.StreamNames;

import java.time.Duration;
import java.util.Objects;

/**
 * Subscribers per stream over all nodes: each node reports its own count, which counts for a limited
 * time, so the count of a node that died goes away by itself.
 */
public final class NodeCounts {

    private static final LuaScript COUNTS = LuaScript.load("counts.lua");

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final String node;
    private final String ttlMillis;

    /** @param ttl how long a report counts; report more often than that */
    public NodeCounts(RedisConnection redis, RedisKeys keys, String node, Duration ttl) {
        this.redis = Objects.requireNonNull(redis);
        this.keys = Objects.requireNonNull(keys);
        this.node = Objects.requireNonNull(node);
        this.ttlMillis = Long.toString(ttl.toMillis());
    }

    /** Sets this node's count for the stream (0 = leaves it) and returns the total over all nodes. */
    public long report(String stream, int subscribers) {
        return run("report", stream, subscribers);
    }

    /** The total over all nodes whose reports have not expired. */
    public long total(String stream) {
        return run("total", stream, 0);
    }

    private long run(String op, String stream, int subscribers) {
        StreamNames.require(stream);
        String[] k = {keys.nodeCounts(stream), keys.nodeExpiries(stream)};
        return Long.parseLong(COUNTS.run(redis, k, op, node, Integer.toString(subscribers), ttlMillis).get(0));
    }
}
