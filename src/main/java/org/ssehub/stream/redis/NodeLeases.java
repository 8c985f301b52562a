package org.ssehub.stream.redis;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The leases one node takes in Redis, by name (the demo generators run once per cluster): taken or
 * renewed on each {@link #hold}, and given up on {@link #releaseAll()} so another node takes over at once.
 */
public final class NodeLeases {

    private final RedisConnection redis;
    private final RedisKeys keys;
    private final String node;
    private final Map<String, RedisLease> leases = new ConcurrentHashMap<>();

    public NodeLeases(RedisConnection redis, RedisKeys keys, String node) {
        this.redis = redis;
        this.keys = keys;
        this.node = node;
    }

    /** Whether this node holds the lease now (taken or renewed); false while Redis is away. */
    public boolean hold(String name, Duration ttl) {
        try {
            return leases.computeIfAbsent(name, n -> new RedisLease(redis, keys, n, node, ttl)).holdOrRenew();
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    /** Gives up every lease this node took (best effort: one not given up expires by itself). */
    public void releaseAll() {
        for (RedisLease lease : leases.values()) {
            try {
                lease.release();
            } catch (StoreUnavailableException e) {
                // it expires within its time to live
            }
        }
    }
}
