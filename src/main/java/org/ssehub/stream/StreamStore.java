package org.ssehub.stream;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where the hub's streams live and how their events reach this node's subscribers (Mercure's
 * {@code transport.go}): {@link LocalStreams} in memory, the default; {@link ClusterStreams} on Redis
 * when {@code sse.hub.redis.url} is set, shared by every node. Either way a publish gets its id once,
 * is retained within the history bounds and reaches every subscriber in the stream's one order; a
 * subscription gets its replay, then live events, with no gap and no duplicate, or a {@code hub-reset}
 * where the store cannot prove there is no gap. Thread-safe.
 */
public interface StreamStore extends AutoCloseable {

    /**
     * Assigns the stream's next id, retains the event and announces it to every subscriber.
     *
     * @throws HubFullException when this node takes no new stream, or the store is unavailable ({@code 503})
     */
    Event publish(String stream, String type, String data);

    /** Registers a sink; its replay (per {@code resume}) reaches it before any live event. */
    void subscribe(EventSink sink, String stream, StartPoint resume);

    void unsubscribe(EventSink sink, Collection<String> streams);

    /** The streams this node knows (with the cluster's figures in Redis mode), by name. */
    List<StreamInfo> streams();

    Optional<StreamInfo> stream(String name);

    /** Streams this node holds now: all of them in memory, the ones this node's clients follow on Redis. */
    int streamCount();

    /** Bytes the histories held in this node's memory retain now ({@link Event#footprint()}). */
    long retainedBytes();

    /** The node-wide bound on {@link #retainedBytes()}. */
    long maxRetainedBytes();

    /** The Redis backplane's state on this node; none in memory. */
    Optional<Backplane> backplane();

    /**
     * Whether this node is the one of the cluster that runs the task of that name now (the demo
     * generators): always in memory; with Redis, the holder of a lease, renewed by each call (call well
     * within {@code ttl}), which another node takes once the holder stops renewing it.
     */
    boolean holdLease(String name, Duration ttl);

    /** Stops every thread and client of the store; once. */
    @Override
    void close();
}
