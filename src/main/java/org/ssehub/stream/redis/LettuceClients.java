package org.ssehub.stream.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.ClusterTopologyRefreshOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the hub sets Lettuce up to fail fast: few threads of its own, a reconnect delay capped at the
 * timeout, commands rejected (not queued) while disconnected, a bounded request queue, and a timeout
 * on connecting and on every command. For a cluster, adaptive topology refresh.
 */
final class LettuceClients {

    /** Commands waiting for Redis on one connection; past this they are rejected (never an unbounded queue). */
    private static final int MAX_QUEUED_COMMANDS = 10_000;

    private LettuceClients() {
    }

    /**
     * The client's threads. Lettuce's default reconnect delay doubles up to 30 s: a node would then serve
     * nothing for up to 30 s after Redis is back. Capped at the timeout, every node is back within about that.
     */
    static ClientResources resources(Duration timeout) {
        return DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(1)
                .reconnectDelay(Delay.exponential(Duration.ofMillis(10), timeout, 2, TimeUnit.MILLISECONDS)).build();
    }

    /** A {@link RedisClusterClient} or a {@link RedisClient} for {@code address}, on {@code resources}. */
    static AbstractRedisClient client(ClientResources resources, RedisAddress address, Duration timeout) {
        List<RedisURI> seeds = address.seeds().stream().peek(s -> s.setTimeout(timeout)).toList();
        if (address.cluster()) {
            RedisClusterClient cluster = RedisClusterClient.create(resources, seeds);
            cluster.setOptions(ClusterClientOptions.builder(options(timeout))
                    .topologyRefreshOptions(ClusterTopologyRefreshOptions.builder().enableAllAdaptiveRefreshTriggers().build())
                    .build());
            return cluster;
        }
        RedisClient single = RedisClient.create(resources, seeds.get(0));
        single.setOptions(options(timeout));
        return single;
    }

    private static ClientOptions options(Duration timeout) {
        return ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(MAX_QUEUED_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build();
    }
}
