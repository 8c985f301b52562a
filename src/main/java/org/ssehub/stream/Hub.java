package org.ssehub.stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ssehub.config.HubConfig;
import org.ssehub.runtime.HubThreads;
import org.ssehub.stream.redis.RedisSettings;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The one owner of all streams on this node, as the publish and subscribe packages see it. Which
 * {@link StreamStore} holds them is a setting: in memory ({@link LocalStreams}) unless
 * {@code sse.hub.redis.url} is set, then on Redis, shared by every node ({@link ClusterStreams}).
 * The store is opened at start-up and closed, with its threads and clients, on undeploy.
 */
@ApplicationScoped
public class Hub {

    private HubConfig config;
    private HubThreads threads;
    private StreamStore store;

    protected Hub() {
        // for CDI proxies
    }

    @Inject
    public Hub(HubConfig config, HubThreads threads) {
        this.config = config;
        this.threads = threads;
    }

    @PostConstruct
    void start() {
        store = RedisSettings.from(config).<StreamStore>map(redis -> ClusterStreams.open(redis, config, threads.timer()))
                .orElseGet(() -> new LocalStreams(config, threads.timer()));
    }

    @PreDestroy
    void stop() {
        if (store != null) {
            store.close();
        }
    }

    /** See {@link StreamStore#publish}: retained and queued for every subscriber; never waits for a client. */
    public Event publish(String stream, String type, String data) {
        return store.publish(stream, type, data);
    }

    public void subscribe(EventSink sink, String stream, StartPoint resume) {
        store.subscribe(sink, stream, resume);
    }

    public void unsubscribe(EventSink sink, Collection<String> names) {
        store.unsubscribe(sink, names);
    }

    public List<StreamInfo> streams() {
        return store.streams();
    }

    public Optional<StreamInfo> stream(String name) {
        return store.stream(name);
    }

    /** Streams this node holds now (in Redis mode: the streams this node's clients follow). */
    public int streamCount() {
        return store.streamCount();
    }

    public long retainedBytes() {
        return store.retainedBytes();
    }

    public long maxRetainedBytes() {
        return store.maxRetainedBytes();
    }

    /** The Redis backplane's state on this node; none in memory mode. */
    public Optional<Backplane> backplane() {
        return store.backplane();
    }

    /** See {@link StreamStore#holdLease}: whether this node runs a once-per-cluster task now. */
    public boolean holdLease(String name, Duration ttl) {
        return store.holdLease(name, ttl);
    }
}
