package org.ssehub.subscribe;

import org.ssehub.metrics.HubCounters;
import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.FanOut;
import org.ssehub.stream.Frames;
import org.ssehub.stream.ResetSignal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One SSE connection as its streams see it: the {@link EventSink} of each stream it subscribed to,
 * in the group of one {@link DispatchLane}. It keeps apart what the replay covered from what is live,
 * queues live events in its {@link Backlog} as the {@link SlowClientPolicy} decides, and leaves the
 * writing to its {@link ConnectionWriter}. {@link #begin()} is where it starts sending and
 * {@link #end(String)} the one way to end it (a cut-off, a stop); the owner hears of the end once.
 * <p>
 * Threads: {@code startedAt} and {@code cursor} are set by the subscribing request thread before
 * {@link #begin()}; then {@code startedAt} is read by the lane's thread, {@code cursor} read and
 * written by the writer's current drainer, and {@code probeDue} touched only by the heartbeat timer.
 */
final class Connection implements EventSink {

    private final List<String> streams;
    private final FanOut lane;
    private final Backlog backlog;
    private final SlowClientPolicy policy;
    private final ConnectionWriter writer;
    private final HubCounters counters;
    /** The reset the last {@link #start} began with, if any: read by the subscribing thread right after. */
    private ResetSignal lastReset;
    /**
     * Per stream (same index as {@link #streams}), the last id its replay covers: the lane may still
     * hand over events up to it.
     */
    private final long[] startedAt;
    /** Last id seen per stream; only for connections with several streams, whose ids are {@link Cursor}s. */
    private final Map<String, Long> cursor;
    /** Whether a zero-byte probe write is due after a heartbeat (see {@link Heartbeats}). */
    boolean probeDue;

    Connection(List<String> streams, FanOut lane, Backlog backlog, SlowClientPolicy policy, Transport transport,
               WriteQueue queue, HubCounters counters, BiConsumer<Connection, String> onEnded) {
        this.counters = counters;
        this.streams = List.copyOf(streams);
        this.lane = lane;
        this.backlog = backlog;
        this.policy = policy;
        this.startedAt = new long[streams.size()];
        Arrays.fill(startedAt, Long.MAX_VALUE);
        this.cursor = streams.size() > 1 ? new LinkedHashMap<>() : null;
        if (cursor != null) {
            streams.forEach(stream -> cursor.put(stream, 0L));
        }
        this.writer = new ConnectionWriter(transport, backlog, queue, this::encode, reason -> onEnded.accept(this, reason));
    }

    /** Queues the opening {@code retry:} frame; call before subscribing to streams. */
    void queueRetry(long retryMillis) {
        backlog.addFrame(Frames.retry(retryMillis));
    }

    @Override
    public void start(String stream, long position, ResetSignal reset, List<Event> replay) {
        // Live events start after the replay; the lane may still hand over some it already holds.
        startedAt[streams.indexOf(stream)] = replay.isEmpty() ? position : Math.max(position, replay.get(replay.size() - 1).id());
        if (cursor != null) {
            cursor.put(stream, position);
        }
        int fit = backlog.reserveReplay(replay);
        List<Event> kept = replay.subList(replay.size() - fit, replay.size());
        ResetSignal signal = fit == replay.size() ? reset : trimmed(stream, position, reset, kept);
        lastReset = signal;
        if (signal != null) {
            backlog.addFrame(Frames.body(ResetSignal.EVENT_TYPE, signal.toJson()));
        }
        backlog.addReservedReplay(kept);
        counters.replayed(kept.size());
    }

    /** What the last {@link #start} found for a subscription that resumed from an id. */
    HubCounters.Resume resumeResult() {
        if (lastReset == null) {
            return HubCounters.Resume.IN_WINDOW;
        }
        return ResetSignal.UNKNOWN.equals(lastReset.reason()) ? HubCounters.Resume.UNKNOWN : HubCounters.Resume.EXPIRED;
    }

    /**
     * The node's bound on queued bytes took only the newest part of a replay: to this client the
     * older part has left the window, exactly as if the history had let it go.
     */
    private static ResetSignal trimmed(String stream, long position, ResetSignal reset, List<Event> kept) {
        String lastEventId = reset != null ? reset.lastEventId() : Long.toString(position);
        return new ResetSignal(stream, lastEventId, ResetSignal.EXPIRED, kept.isEmpty() ? null : kept.get(0).id());
    }

    @Override
    public FanOut fanOut() {
        return lane;
    }

    /** On the lane's thread: queues the event and has the connection written. */
    @Override
    public void deliver(Event event) {
        try {
            if (admit(event)) {
                writer.writeSoonFromLane();
            }
        } catch (RuntimeException e) {
            end("unexpected failure: " + e);
        }
    }

    /**
     * Appends a live event unless the replay covered it, or the policy cuts the client off.
     *
     * @return whether the connection needs writing
     */
    boolean admit(Event event) {
        if (writer.isEnding() || event.id() <= startedAt(event.stream())) {
            return false; // ending, or part of its replay, or of a stream it does not have
        }
        SlowClientPolicy.Decision decision = policy.queue(backlog, event, writer::writeHere);
        if (!decision.keep()) {
            end(decision.cutOffReason());
        }
        return true;
    }

    private long startedAt(String stream) {
        if (startedAt.length == 1) {
            return startedAt[0]; // a lane hands a connection only events of the streams it has
        }
        int index = streams.indexOf(stream);
        return index < 0 ? Long.MAX_VALUE : startedAt[index];
    }

    /** Starts sending: the retry frame, any reset and replay, then live events. */
    void begin() {
        writer.begin();
    }

    /** The one way to end this connection, whatever the reason; the writer completes it. */
    void end(String reason) {
        writer.end(reason);
    }

    List<String> streams() {
        return streams;
    }

    Backlog backlog() {
        return backlog;
    }

    ConnectionWriter writer() {
        return writer;
    }

    SlowClientPolicy policy() {
        return policy;
    }

    private byte[] encode(Event event) {
        counters.delivered();
        if (cursor == null || event.isControl()) {
            return event.frame();
        }
        cursor.put(event.stream(), event.id());
        return Frames.withId(Cursor.format(cursor), event.body());
    }
}
