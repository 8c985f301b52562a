package org.ssehub.redis;

/** What a test needs of the Redis it runs against, a single server or a cluster. */
public interface RedisUnderTest {

    /** As {@code sse.hub.redis.url} takes it. */
    String url();

    /** Runs one command through redis-cli (on the master that owns a named key's slot) and returns what it printed. */
    String cli(String... args);

    /** Empties every master. */
    void flushAll();
}
