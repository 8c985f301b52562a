package org.ssehub.broadcast;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.publish.PublishedEvent;
import org.ssehub.stream.HubFullException;
import org.ssehub.stream.StartPoint;
import org.ssehub.subscribe.SinkRequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JAX-RS {@link SseBroadcaster} of one hub stream, from {@link HubBroadcasters}. A registered sink
 * is a subscriber of the stream like any {@code /api/events} client (ids, replay after its
 * {@code Last-Event-ID}, {@code hub-reset}, bounded backlog, stall cut-off, heartbeats); a broadcast
 * is a publish to the stream, whose stage completes with the {@link PublishedEvent} once the hub
 * accepted it (not when every client got it), or fails with the reason the hub refused it.
 * {@code onError} hears every sink that ended other than by {@link #close()} or the hub stopping (a
 * failed send, a client that left, a cut-off), then {@code onClose}; {@code onClose} hears every sink
 * that ended, once.
 */
public final class HubBroadcaster implements SseBroadcaster {

    static final String CLOSED = "broadcaster closed";
    static final String HUB_STOPPING = "hub stopping";
    private static final Logger LOG = Logger.getLogger(HubBroadcaster.class.getName());
    /** The entry of a sink being registered, until its connection exists. */
    private static final Consumer<String> OPENING = reason -> { };

    private final String stream;
    private final Sse sse;
    private final HubBroadcasters owner;
    private final Map<SseEventSink, Consumer<String>> sinks = new ConcurrentHashMap<>();
    private final List<BiConsumer<SseEventSink, Throwable>> errorListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<SseEventSink>> closeListeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    HubBroadcaster(String stream, Sse sse, HubBroadcasters owner) {
        this.stream = stream;
        this.sse = sse;
        this.owner = owner;
    }

    public String stream() {
        return stream;
    }

    /** Subscribes the sink to the stream's live events. */
    @Override
    public void register(SseEventSink sink) {
        register(sink, SinkRequest.live(stream));
    }

    /**
     * Subscribes the sink after the client's {@code Last-Event-ID}: the retained events after it, then
     * live, with no gap and no duplicate; a {@code hub-reset} event first when the id is not retained.
     *
     * @param lastEventId the header's value; null or blank for live events only
     * @throws IllegalArgumentException for an id this hub could not have issued (answer 400)
     */
    public void register(SseEventSink sink, String lastEventId) {
        register(sink, new SinkRequest(stream, lastEventId, StartPoint.live(), Optional.empty()));
    }

    /**
     * Subscribes the sink as the request says (the resume point, a replay otherwise, the token's expiry).
     *
     * @throws IllegalArgumentException when the request names another stream
     * @throws HubFullException when the node holds its maximum of connections (answer 503)
     */
    public void register(SseEventSink sink, SinkRequest wanted) {
        requireOpen();
        if (!stream.equals(wanted.stream())) {
            throw new IllegalArgumentException("this broadcaster is for stream " + stream);
        }
        if (sinks.putIfAbsent(sink, OPENING) != null) {
            return; // registered already
        }
        Consumer<String> end;
        try {
            end = owner.subscribers().openSink(sink, sse, wanted, reason -> ended(sink, reason));
        } catch (RuntimeException e) {
            sinks.remove(sink, OPENING);
            throw e;
        }
        // unless it ended already (then it is gone from the map and stays gone)
        if (sinks.replace(sink, OPENING, end) && closed.get()) {
            end.accept(CLOSED);
        }
    }

    /**
     * Publishes the event to the stream. The hub assigns the id: an event that carries one is refused
     * (the stage fails with {@link IllegalArgumentException}), as one whose name or data break the rules
     * of {@code /api/publish}. The name is the type ({@code message} when unset); comment and
     * reconnect delay are not published.
     */
    @Override
    public CompletionStage<PublishedEvent> broadcast(OutboundSseEvent event) {
        requireOpen();
        try {
            if (event.getId() != null) {
                throw new IllegalArgumentException("the hub assigns event ids: leave the id unset");
            }
            return CompletableFuture.completedFuture(owner.publish(stream, event));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void onError(BiConsumer<SseEventSink, Throwable> onError) {
        requireOpen();
        errorListeners.add(onError);
    }

    @Override
    public void onClose(Consumer<SseEventSink> onClose) {
        requireOpen();
        closeListeners.add(onClose);
    }

    /** Closes every registered sink (each heard by {@code onClose}); later calls do nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            owner.forget(this);
            sinks.values().forEach(end -> end.accept(CLOSED));
        }
    }

    /** Sinks registered and not ended yet. */
    public int size() {
        return sinks.size();
    }

    private void ended(SseEventSink sink, String reason) {
        sinks.remove(sink);
        if (!CLOSED.equals(reason) && !HUB_STOPPING.equals(reason)) {
            SinkEndedException error = new SinkEndedException(reason);
            errorListeners.forEach(listener -> notify(() -> listener.accept(sink, error)));
        }
        closeListeners.forEach(listener -> notify(() -> listener.accept(sink)));
    }

    private static void notify(Runnable listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An SseBroadcaster listener failed", e);
        }
    }

    private void requireOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the broadcaster of stream " + stream + " is closed");
        }
    }
}
