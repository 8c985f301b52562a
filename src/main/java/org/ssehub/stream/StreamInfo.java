package org.ssehub.stream;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** What {@code /api/streams} tells about a stream. Public fields: every JSON-B runtime maps them. */
@JsonbPropertyOrder({"name", "subscribers", "lastId", "retained"})
public final class StreamInfo {

    public final String name;
    public final int subscribers;
    /** The newest id published to the stream, as a string; null when nothing was published. */
    public final String lastId;
    public final int retained;

    public StreamInfo(String name, int subscribers, String lastId, int retained) {
        this.name = name;
        this.subscribers = subscribers;
        this.lastId = lastId;
        this.retained = retained;
    }
}
