package org.ssehub.stream;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What {@code /api/streams} tells about a stream. Public fields: every JSON-B runtime maps them. */
@JsonbPropertyOrder({"name", "subscribers", "lastId", "retained", "retainedBytes", "allSubscribers"})
public final class StreamInfo {

    public final String name;
    /** Subscribers on this node. */
    public final int subscribers;
    /** The newest id published to the stream, as a string; null when nothing was published. */
    public final String lastId;
    public final int retained;
    /** What the retained events hold in memory ({@link Event#footprint()}), counted against the history byte bounds. */
    public final long retainedBytes;
    /** Subscribers on every node: with Redis each node reports its own, which expires unless renewed; in memory the same as {@link #subscribers}. */
    public final long allSubscribers;

    /** One node's stream: all its subscribers are this node's. */
    public StreamInfo(String name, int subscribers, String lastId, int retained, long retainedBytes) {
        this(name, subscribers, lastId, retained, retainedBytes, subscribers);
    }

    public StreamInfo(String name, int subscribers, String lastId, int retained, long retainedBytes, long allSubscribers) {
        this.allSubscribers = allSubscribers;
        this.name = name;
        this.subscribers = subscribers;
        this.lastId = lastId;
        this.retained = retained;
        this.retainedBytes = retainedBytes;
    }
}
