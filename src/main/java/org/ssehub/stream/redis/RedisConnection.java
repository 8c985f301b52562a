package org.ssehub.stream.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisScriptingCommands;
import io.lettuce.core.event.connection.ConnectionActivatedEvent;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;

import reactor.core.Disposable;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Owns the Lettuce client, its threads ({@link ClientResources}) and the one shared command
 * connection. Fails fast while Redis is down ({@link LettuceClients}: commands are rejected, not queued,
 * while disconnected; every command has a timeout); a node that could not connect tries again at most
 * once per timeout.
 * {@link #close()} shuts the client and its threads down, once.
 */
public final class RedisConnection implements AutoCloseable {

    private final RedisAddress address;
    private final Duration timeout;
    private final ClientResources resources;
    private final AbstractRedisClient client;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LongAdder failures = new LongAdder();
    private volatile StatefulConnection<String, String> connection;
    private volatile RedisScriptingCommands<String, String> commands;
    private long retryAfterNanos;

    /**
     * Creates the client and tries to connect at once, so the client's threads, classes and first
     * connection are ready before the first publish; if Redis is down now, commands fail fast until it is back.
     *
     * @param timeout for connecting and for every command; a publish fails within about this long
     */
    public static RedisConnection open(RedisAddress address, Duration timeout) {
        RedisConnection redis = new RedisConnection(address, timeout);
        try {
            redis.connect();
        } catch (StoreUnavailableException downForNow) {
            // the first command tries again, at most once per timeout
        }
        return redis;
    }

    private RedisConnection(RedisAddress address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
        this.resources = LettuceClients.resources(timeout);
        this.client = LettuceClients.client(resources, address, timeout);
    }

    /**
     * Runs a command on the shared connection, connecting first if needed.
     *
     * @throws StoreUnavailableException Redis is down, unreachable, too slow or (transiently) refusing writes
     */
    public <T> T call(Function<RedisScriptingCommands<String, String>, T> command) {
        if (closed.get()) {
            throw new StoreUnavailableException("the Redis connection is closed", null);
        }
        try {
            return command.apply(commands());
        } catch (RedisException e) {
            failures.increment();
            throw RedisErrors.translate(e);
        } catch (StoreUnavailableException e) {
            failures.increment();
            throw e;
        }
    }

    /** Commands that failed since the start: Redis down, unreachable, too slow or refusing writes. */
    public long failures() {
        return failures.sum();
    }

    /** Whether the command connection is open now (Lettuce reconnects it by itself after a loss). */
    public boolean connected() {
        StatefulConnection<String, String> current = connection;
        return current != null && current.isOpen();
    }

    private RedisScriptingCommands<String, String> commands() {
        RedisScriptingCommands<String, String> current = commands;
        return current != null ? current : connect();
    }

    private synchronized RedisScriptingCommands<String, String> connect() {
        if (closed.get()) {
            throw new StoreUnavailableException("the Redis connection is closed", null);
        }
        if (commands != null) {
            return commands;
        }
        if (System.nanoTime() - retryAfterNanos < 0) {
            throw new StoreUnavailableException("Redis was unreachable moments ago (" + address + ")", null);
        }
        try {
            if (client instanceof RedisClusterClient cluster) {
                StatefulRedisClusterConnection<String, String> c = cluster.connect();
                connection = c;
                // Open the connection to every master now: with rejecting behaviour, Lettuce refuses a
                // command whose node connection is still being opened. A master that is down now is no
                // reason to refuse the others' streams.
                c.getPartitions().forEach(node -> {
                    try {
                        c.getConnection(node.getUri().getHost(), node.getUri().getPort());
                    } catch (RedisException masterDown) {
                        // its streams fail fast until Lettuce reaches it
                    }
                });
                commands = c.sync();
            } else {
                StatefulRedisConnection<String, String> c = ((RedisClient) client).connect();
                connection = c;
                commands = c.sync();
            }
            return commands;
        } catch (RedisException e) {
            retryAfterNanos = System.nanoTime() + timeout.toNanos();
            throw new StoreUnavailableException("cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }

    /** A Pub/Sub connection of its own (subscriptions cannot share the command connection); its owner closes it. */
    public StatefulRedisPubSubConnection<String, String> connectPubSub() {
        try {
            return client instanceof RedisClusterClient cluster ? cluster.connectPubSub()
                    : ((RedisClient) client).connectPubSub();
        } catch (RedisException e) {
            throw new StoreUnavailableException("cannot connect to " + address + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs {@code action} (on a Lettuce thread: keep it short) whenever one of this client's
     * connections (re)connects; closing the result stops that.
     */
    public AutoCloseable onConnected(Runnable action) {
        Disposable subscription = resources.eventBus().get()
                .filter(ConnectionActivatedEvent.class::isInstance)
                .subscribe(event -> action.run());
        return subscription::dispose;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Closes the connection, the client and its threads; waits for them (a few seconds at most). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        synchronized (this) {
            if (connection != null) {
                connection.close();
            }
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        try {
            resources.shutdown(0, 2, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("Lettuce's threads did not stop", e);
        }
    }
}
