package org.ssehub.stream.redis;

import io.lettuce.core.RedisException;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A node's live path: the events of the streams it follows, as Redis Pub/Sub announces them, handed
 * to its {@link FeedListener} in id order with no duplicate and no silent gap. Pub/Sub is at-most-once,
 * so every announcement names the id before it; when that is not the last id this node delivered
 * (a missed message, a full inbox, a reconnect, a new era), the feed reads the stream's history from
 * that id on instead, and reports a reset where the history cannot prove there is no gap. A periodic
 * position check catches a feed that hears nothing at all. One thread of its own, stopped by {@link #close()}.
 */
public final class LiveFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());
    private static final Object WAKE = new Object();
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final RedisKeys keys;
    private final FeedCursors cursors;
    private final Duration checkEvery;
    private final BlockingQueue<Object> inbox;
    private final AtomicBoolean allBehind = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RedisConnection redis;
    /** Null until the feed could connect (Redis may be down when the node starts); set by the feed's thread. */
    private volatile StatefulRedisPubSubConnection<String, String> pubSub;
    private final AutoCloseable reconnects;
    private final Thread thread;

    /**
     * @param capacity   announcements waiting for the feed's thread; past it they are dropped and the feed catches up
     *                   from the history instead
     * @param checkEvery how often every followed stream's last id is compared with what was delivered
     */
    public LiveFeed(RedisConnection redis, RedisStreamStore store, RedisKeys keys, FeedListener listener,
                    int capacity, Duration checkEvery) {
        this.keys = keys;
        this.cursors = new FeedCursors(store, listener);
        this.checkEvery = checkEvery;
        this.inbox = new ArrayBlockingQueue<>(capacity);
        this.redis = redis;
        connectIfNeeded();
        this.reconnects = redis.onConnected(this::catchUpAll);
        this.thread = new Thread(this::run, "sse-hub-redis-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** Follows a stream: every event after {@code afterId} (the caller has everything up to it), then live. */
    public void follow(String stream, long afterId) {
        if (!cursors.follow(stream, afterId)) {
            return;
        }
        try {
            StatefulRedisPubSubConnection<String, String> connection = pubSub;
            if (connection != null) {
                connection.sync().subscribe(keys.channel(stream));
            }
        } catch (RedisException e) {
            // Lettuce subscribes again when it reconnects; until then the position check catches up
            LOG.log(Level.FINE, "subscribing to " + stream + " failed for now", e);
        }
        inbox.offer(WAKE);
    }

    public void unfollow(String stream) {
        StatefulRedisPubSubConnection<String, String> connection = pubSub;
        if (cursors.unfollow(stream) && connection != null && !closed.get()) {
            try {
                connection.async().unsubscribe(keys.channel(stream));
            } catch (RedisException e) {
                // the subscription ends with the connection; the feed ignores its stray announcements
                LOG.log(Level.FINE, "unsubscribing from " + stream + " failed", e);
            }
        }
    }

    private void onMessage(String channel, String message) {
        String stream = keys.streamOfChannel(channel);
        if (stream == null) {
            return;
        }
        try {
            if (!inbox.offer(Announcement.parse(stream, message))) {
                cursors.markBehind(stream);
            }
        } catch (IllegalArgumentException e) {
            LOG.warning(e.getMessage());
        }
    }

    private void catchUpAll() {
        allBehind.set(true);
        inbox.offer(WAKE);
    }

    /** Opens the Pub/Sub connection if the feed has none yet; the first one catches every stream up. */
    private void connectIfNeeded() {
        if (pubSub != null) {
            return;
        }
        try {
            StatefulRedisPubSubConnection<String, String> connection = redis.connectPubSub();
            connection.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    onMessage(channel, message);
                }
            });
            pubSub = connection;
            catchUpAll();
        } catch (StoreUnavailableException e) {
            LOG.log(Level.FINE, "live feed: Redis unavailable, connecting later", e);
        }
    }

    /** After a reconnect: Lettuce renews the subscriptions it had, not those refused while Redis was away. */
    private void resubscribe() {
        String[] channels = cursors.followed().stream().map(keys::channel).toArray(String[]::new);
        StatefulRedisPubSubConnection<String, String> connection = pubSub;
        if (channels.length > 0 && connection != null) {
            connection.async().subscribe(channels);
        }
    }

    private void run() {
        long nextCheck = System.nanoTime() + checkEvery.toNanos();
        while (!closed.get()) {
            try {
                connectIfNeeded();
                long wait = Math.max(0, nextCheck - System.nanoTime());
                Object item = inbox.poll(pubSub == null ? Math.min(wait, RETRY_NANOS) : wait, TimeUnit.NANOSECONDS);
                if (item instanceof Announcement announcement) {
                    cursors.handle(announcement);
                }
                if (allBehind.getAndSet(false)) {
                    resubscribe();
                    cursors.markAllBehind();
                }
                if (System.nanoTime() - nextCheck >= 0) {
                    nextCheck = System.nanoTime() + checkEvery.toNanos();
                    cursors.checkPositions();
                }
                cursors.catchUpBehind();
            } catch (InterruptedException e) {
                return;
            } catch (StoreUnavailableException e) {
                LOG.log(Level.FINE, "live feed: Redis unavailable, catching up later", e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "live feed: " + e.getMessage(), e);
            }
        }
    }

    /** Whether the feed's Pub/Sub connection is open now. */
    public boolean connected() {
        StatefulRedisPubSubConnection<String, String> connection = pubSub;
        return connection != null && connection.isOpen();
    }

    /** Announcements waiting for the feed's thread (at most the capacity; then it catches up from the history). */
    public int backlog() {
        return inbox.size();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
            reconnects.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(Level.FINE, "stopping the reconnect hook", e);
        }
        StatefulRedisPubSubConnection<String, String> connection = pubSub;
        if (connection != null) {
            connection.close();
        }
    }
}
