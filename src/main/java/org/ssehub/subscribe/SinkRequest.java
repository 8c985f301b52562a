package org.ssehub.subscribe;

import org.ssehub.stream.StartPoint;
import org.ssehub.stream.StreamNames;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a JAX-RS sink subscribes to ({@link Subscribers#openSink}): one stream, and where it starts: after
 * the client's {@code Last-Event-ID} (an id, or a cursor naming this stream) when it sent one, else
 * {@code otherwise}; ended at {@code closeAt} when a token with an expiry let it in.
 *
 * @throws IllegalArgumentException for a bad stream name or a malformed last event id (a 400)
 */
public record SinkRequest(String stream, String lastEventId, StartPoint otherwise, Optional<Instant> closeAt) {

    public SinkRequest {
        StreamNames.require(stream);
        startOf(stream, lastEventId, otherwise);
    }

    /**
     * A request as {@code /api/events} reads one: the {@code Last-Event-ID} header wins over the
     * {@code lastEventId} parameter, and either over {@code replay} ({@code all} or a positive count).
     */
    public static SinkRequest of(String stream, String header, String parameter, String replay, Optional<Instant> closeAt) {
        String lastEventId = header != null && !header.isBlank() ? header : parameter;
        return new SinkRequest(stream == null ? StreamNames.DEFAULT : stream, lastEventId,
                SubscribeRequest.replay(replay), closeAt);
    }

    public static SinkRequest live(String stream) {
        return new SinkRequest(stream, null, StartPoint.live(), Optional.empty());
    }

    /** The same request, ended at {@code at} (a token's expiry). */
    public SinkRequest until(Optional<Instant> at) {
        return new SinkRequest(stream, lastEventId, otherwise, at);
    }

    StartPoint start() {
        return startOf(stream, lastEventId, otherwise);
    }

    private static StartPoint startOf(String stream, String lastEventId, StartPoint otherwise) {
        Optional<LastEventId> parsed = LastEventId.parse(lastEventId);
        OptionalLong id = parsed.isPresent() ? parsed.get().forStream(stream) : OptionalLong.empty();
        return id.isPresent() ? StartPoint.after(id.getAsLong()) : otherwise;
    }
}
