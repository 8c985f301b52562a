package org.ssehub.subscribe;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.Frames;
import org.ssehub.stream.ResetSignal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One SSE connection. Publishers only append to its {@link Backlog}; a single drainer at a time
 * (a dispatcher thread, or the container thread calling {@link #onWritePossible()}) writes what is
 * queued with non-blocking servlet I/O, coalescing everything pending into one flush. A client that
 * cannot keep up fills its backlog and is cut off; a client that went away fails a write (the only
 * sign of it every container gives) and is forgotten.
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

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final Executor dispatcher;
    private final Backlog backlog;
    private final Consumer<Subscriber> onClosed;
    private final List<String> streams;
    /** Last id seen per stream; only for connections with several streams, whose ids are cursors. */
    private final Map<String, Long> cursor;
    /** Drain requests; starts at one so nothing is written before {@link #start()}. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String closeReason;
    private volatile long lastWriteNanos = System.nanoTime();
    private volatile boolean probeDue;
    private boolean unflushed;

    Subscriber(AsyncContext async, ServletOutputStream out, Executor dispatcher, Backlog backlog,
               List<String> streams, Consumer<Subscriber> onClosed) {
        this.async = async;
        this.out = out;
        this.dispatcher = dispatcher;
        this.backlog = backlog;
        this.onClosed = onClosed;
        this.streams = List.copyOf(streams);
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
        if (cursor != null) {
            cursor.put(stream, position);
        }
        if (reset != null) {
            backlog.addFrame(Frames.control(ResetSignal.EVENT_TYPE, reset.toJson()));
        }
        backlog.addReplay(replay);
    }

    @Override
    public void deliver(Event event) {
        if (closed.get()) {
            return;
        }
        if (!backlog.addLive(event)) {
            close("backlog full: the client is not reading fast enough");
            return;
        }
        schedule();
    }

    /** Begins writing: the write listener is set, the retry frame and any replay go out. */
    void start() {
        out.setWriteListener(this);
        drainLoop(1);
    }

    /** Queues a comment if nothing was written for {@code idleNanos}; a dead client fails on it. */
    void heartbeatIfIdle(long nowNanos, long idleNanos) {
        if (closed.get() || !backlog.isEmpty()) {
            return;
        }
        if (nowNanos - lastWriteNanos >= idleNanos) {
            backlog.addFrame(HEARTBEAT);
            probeDue = true;
            schedule();
        } else if (probeDue) {
            probeDue = false;
            backlog.addFrame(PROBE);
            schedule();
        }
    }

    /** Cuts the connection off; the drainer completes it. */
    void close(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
        schedule();
    }

    List<String> streams() {
        return streams;
    }

    boolean isClosed() {
        return closed.get();
    }

    @Override
    public void onWritePossible() {
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

    private void schedule() {
        if (pending.getAndIncrement() == 0) {
            try {
                dispatcher.execute(() -> drainLoop(1));
            } catch (RejectedExecutionException e) {
                release("hub is stopping");
            }
        }
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
            while (out.isReady()) {
                Object item = backlog.take();
                if (item == null) {
                    if (!unflushed) {
                        return;
                    }
                    unflushed = false;
                    out.flush();
                    continue;
                }
                byte[] bytes = bytes(item);
                out.write(bytes);
                unflushed = true;
                if (bytes.length > 0) {
                    lastWriteNanos = System.nanoTime();
                }
            }
        } catch (IOException | IllegalStateException e) {
            release("write failed: " + e);
            finish();
        }
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
