package org.ssehub.stream.redis;

import java.time.Duration;
import java.util.List;

/**
 * A lease in Redis that at most one node holds at a time (the demo generators run once per cluster):
 * taken with {@code SET NX PX}, renewed by its holder before it lapses, taken over by another node
 * within its time to live once the holder stops renewing.
 */
public final class RedisLease {

    private static final LuaScript LEASE = LuaScript.load("lease.lua");

    private final RedisConnection redis;
    private final String[] key;
    private final String holder;
    private final Duration ttl;

    public RedisLease(RedisConnection redis, RedisKeys keys, String name, String holder, Duration ttl) {
        this.redis = redis;
        this.key = new String[] {keys.lease(name)};
        this.holder = holder;
        this.ttl = ttl;
    }

    /** Takes the lease if it is free, or renews it if this node has it; call well within the time to live. */
    public boolean holdOrRenew() {
        return "1".equals(run("hold").get(0));
    }

    /** Gives the lease up if this node has it, so another can take it at once. */
    public void release() {
        run("release");
    }

    private List<String> run(String op) {
        return LEASE.run(redis, key, op, holder, Long.toString(ttl.toMillis()));
    }
}
