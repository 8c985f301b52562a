package org.ssehub.stream;

import org.ssehub.stream.redis.LiveFeed;
import org.ssehub.stream.redis.RedisConnection;

import java.util.concurrent.atomic.LongAdder;

/**
 * {@link Backplane} of {@link ClusterStreams}: connection state and failures from the Redis client, lag
 * and resets counted as the feed's one thread delivers (a few adds an event, nothing allocated).
 */
final class ClusterBackplane implements Backplane {

    private final RedisConnection redis;
    private final LiveFeed feed;
    private final LongAdder events = new LongAdder();
    private final LongAdder lagTotal = new LongAdder();
    private final LongAdder resets = new LongAdder();
    private volatile long lastLag;

    ClusterBackplane(RedisConnection redis, LiveFeed feed) {
        this.redis = redis;
        this.feed = feed;
    }

    /** From the feed's thread; a node clock behind Redis's counts as no lag rather than a negative one. */
    void delivered(Event event, long nowMillis) {
        long lag = Math.max(0, nowMillis - event.publishedAtMillis());
        events.increment();
        lagTotal.add(lag);
        lastLag = lag;
    }

    void reset() {
        resets.increment();
    }

    @Override
    public boolean up() {
        return redis.connected() && feed.connected();
    }

    @Override
    public long failedCalls() {
        return redis.failures();
    }

    @Override
    public long feedEvents() {
        return events.sum();
    }

    @Override
    public long feedLagMillisTotal() {
        return lagTotal.sum();
    }

    @Override
    public long lastFeedLagMillis() {
        return lastLag;
    }

    @Override
    public int feedBacklog() {
        return feed.backlog();
    }

    @Override
    public long resets() {
        return resets.sum();
    }
}
