package org.ssehub.subscribe;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.FanOut;
import org.ssehub.stream.Frames;
import org.ssehub.stream.ResetSignal;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One SSE connection, owned by one {@link DispatchLane}: the lane's thread appends its streams'
 * events to its {@link Backlog}, and a single drainer at a time (a lane's thread, or the container
 * thread calling {@link #onWritePossible()}) writes what is queued with non-blocking servlet I/O:
 * everything that waited together goes out as one write and one flush, so the container's per-write
 * bookkeeping is paid per batch, not per event. A client that
 * cannot keep up is cut off when its backlog is full or when the container has taken nothing from it
 * for the stall limit, whichever comes first; a client that went away fails a write (the only sign of
 * it every container gives) and is forgotten.
 */
final class Subscriber implements EventSink, WriteListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(Subscriber.class.getName());
    private static final byte[] HEARTBEAT = Frames.comment("keepalive");
    /**
     * An empty write, one timer tick after a heartbeat. Grizzly (Payara) completes a non-blocking
     * write before the socket has taken it and reports a failure only on the next write or flush;
     * without this a dead client would outlive one more heartbeat there than on Tomcat or TomEE.
     * An empty write costs nothing on a live connection.
     */
    private static final byte[] PROBE = new byte[0];
    /** Upper bound of one coalesced write; a single larger event goes out alone. */
    private static final int MAX_WRITE_BYTES = 64 * 1024;

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final DispatchLane lane;
    private final Backlog backlog;
    private final Consumer<Subscriber> onClosed;
    private final List<String> streams;
    /** Last id seen per stream; only for connections with several streams, whose ids are cursors. */
    private final Map<String, Long> cursor;
    /**
     * Per stream (same index as {@link #streams}), the last id its replay covers: the lane may still
     * hand over events up to it. Written before the subscription is registered, read after.
     */
    private final long[] startedAt;
    /** Drain requests; starts at one so nothing is written before {@link #start()}. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String closeReason;
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile boolean probeDue;
    /** When the container last said it could take no more ({@code isReady()} false); 0 while it can. */
    private volatile long blockedSinceNanos;
    private boolean unflushed;

    Subscriber(AsyncContext async, ServletOutputStream out, DispatchLane lane, Backlog backlog,
               List<String> streams, Consumer<Subscriber> onClosed) {
        this.async = async;
        this.out = out;
        this.lane = lane;
        this.backlog = backlog;
        this.onClosed = onClosed;
        this.streams = List.copyOf(streams);
        this.startedAt = new long[streams.size()];
        Arrays.fill(startedAt, Long.MAX_VALUE);
        this.cursor = streams.size() > 1 ? new LinkedHashMap<>() : null;
        if (cursor != null) {
            streams.forEach(stream -> cursor.put(stream, 0L));
        }
    }

    /** Queues the opening {@code retry:} frame; call before subscribing to streams. */
    void open(long retryMillis) {
        backlog.addFrame(Frames.retry(retryMillis));
    }

    @Override
    public void start(String stream, long position, ResetSignal reset, List<Event> replay) {
        // Live events start after the replay; the lane may still hand over some it already holds.
        startedAt[streams.indexOf(stream)] = replay.isEmpty() ? position : Math.max(position, replay.get(replay.size() - 1).id());
        if (cursor != null) {
            cursor.put(stream, position);
        }
        if (reset != null) {
            backlog.addFrame(Frames.control(ResetSignal.EVENT_TYPE, reset.toJson()));
        }
        backlog.addReplay(replay);
    }

    @Override
    public FanOut fanOut() {
        return lane;
    }

    @Override
    public void deliver(Event event) {
        if (offer(event)) {
            writeSoon(true);
        }
    }

    /**
     * Appends a live event; on the lane's thread, which then queues the connection for writing. A full
     * backlog is first written out as far as the client takes it; if it still has no room, the client
     * is cut off.
     *
     * @return whether the connection needs writing
     */
    boolean offer(Event event) {
        if (closed.get()) {
            return false;
        }
        if (event.id() <= startedAt(event.stream())) {
            return false; // part of its replay, or of a stream it does not have
        }
        if (!backlog.addLive(event)) {
            requestDrain();
            if (!backlog.addLive(event)) {
                close("backlog full: the client is not reading fast enough");
            }
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

    /** Begins writing: the write listener is set, the retry frame and any replay go out. */
    void start() {
        out.setWriteListener(this);
        drainLoop(1);
    }

    /**
     * Cuts the client off if the container has taken nothing for {@code stallNanos}; else queues a
     * comment if nothing was written for {@code idleNanos}, on which a dead client fails.
     */
    void checkIdleOrStalled(long nowNanos, long idleNanos, long stallNanos) {
        if (closed.get()) {
            return;
        }
        long blockedSince = blockedSinceNanos;
        if (blockedSince != 0 && nowNanos - blockedSince >= stallNanos) {
            close("stalled: the client took nothing for " + TimeUnit.NANOSECONDS.toSeconds(stallNanos) + " s");
            return;
        }
        if (!backlog.isEmpty()) {
            return;
        }
        if (nowNanos - lastWriteNanos >= idleNanos) {
            backlog.addFrame(HEARTBEAT);
            probeDue = true;
            writeSoon(true);
        } else if (probeDue) {
            probeDue = false;
            backlog.addFrame(PROBE);
            writeSoon(true);
        }
    }

    /** Cuts the connection off; the drainer completes it. */
    void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        writeSoon(true);
    }

    List<String> streams() {
        return streams;
    }

    boolean isClosed() {
        return closed.get();
    }

    @Override
    public void onWritePossible() {
        requestDrain();
    }

    /** Writes what is pending now, on this thread, unless another thread is writing (which then writes it). */
    void requestDrain() {
        if (pending.getAndIncrement() == 0) {
            drainLoop(1);
        }
    }

    @Override
    public void onError(Throwable error) {
        release("write failed: " + error);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        release("completed");
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close("timed out");
    }

    @Override
    public void onError(AsyncEvent event) {
        release("connection error: " + event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }

    /**
     * Has a dispatcher lane write what is pending, unless a write of it is already pending or under way.
     *
     * @param wake false only on a lane's own thread, which goes on to write the queue itself
     */
    void writeSoon(boolean wake) {
        if (pending.getAndIncrement() == 0) {
            try {
                lane.queueWrite(this, wake);
            } catch (RejectedExecutionException e) {
                release("hub is stopping");
            }
        }
    }

    /** A lane took this connection off the write queue: writes what is pending. */
    void drainQueued() {
        drainLoop(1);
    }

    private void drainLoop(int missed) {
        int todo = missed;
        do {
            drain();
            todo = pending.addAndGet(-todo);
        } while (todo != 0);
    }

    private void drain() {
        if (closed.get()) {
            backlog.clear();
            return;
        }
        if (closeReason != null) {
            finish();
            return;
        }
        try {
            while (true) {
                if (!out.isReady()) {
                    // The container calls onWritePossible() when it can take more.
                    if (blockedSinceNanos == 0) {
                        blockedSinceNanos = System.nanoTime() | 1;
                    }
                    return;
                }
                blockedSinceNanos = 0;
                byte[] chunk = nextChunk();
                if (chunk == null) {
                    if (!unflushed) {
                        return;
                    }
                    unflushed = false;
                    out.flush();
                    continue;
                }
                out.write(chunk);
                unflushed = true;
                if (chunk.length > 0) {
                    lastWriteNanos = System.nanoTime();
                }
            }
        } catch (IOException | RuntimeException e) {
            // IllegalStateException is how a container says the response is gone; anything else it
            // throws ends this connection too, rather than escaping with its drain still marked pending
            release("write failed: " + e);
            finish();
        }
    }

    /**
     * Everything pending, up to {@link #MAX_WRITE_BYTES}, as one array: a new one, since a container
     * may hold on to what it was given until the socket takes it; null when nothing is pending.
     */
    private byte[] nextChunk() {
        List<Object> items = backlog.takeUpTo(MAX_WRITE_BYTES);
        if (items.isEmpty()) {
            return null;
        }
        if (items.size() == 1) {
            return bytes(items.get(0));
        }
        byte[][] parts = new byte[items.size()][];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = bytes(items.get(i));
            length += parts[i].length;
        }
        byte[] chunk = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, chunk, at, part.length);
            at += part.length;
        }
        return chunk;
    }

    private byte[] bytes(Object item) {
        if (item instanceof Event event) {
            if (cursor == null) {
                return event.frame();
            }
            cursor.put(event.stream(), event.id());
            return Frames.withId(cursorText(), event.body());
        }
        return (byte[]) item;
    }

    private String cursorText() {
        StringBuilder text = new StringBuilder();
        cursor.forEach((stream, id) -> {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(stream).append(':').append(id);
        });
        return text.toString();
    }

    private void finish() {
        release(closeReason);
        try {
            async.complete();
        } catch (IllegalStateException e) {
            LOG.log(Level.FINE, "Async context already completed", e);
        }
    }

    private void release(String reason) {
        if (closed.compareAndSet(false, true)) {
            LOG.log(Level.FINE, "Subscriber released: {0}", reason);
            backlog.clear();
            onClosed.accept(this);
        }
    }
}
