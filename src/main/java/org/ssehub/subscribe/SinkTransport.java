package org.ssehub.subscribe;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.metrics.HubCounters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A JAX-RS {@link SseEventSink} as a connection's {@link Transport}: a write hands the chunk's frames
 * to the sink one {@code send} at a time, on the {@link SinkSends} threads (Jersey's {@code send}
 * blocks the caller until the container took the bytes, so never on a dispatcher lane), and the
 * transport is not ready again until the last send's stage completed. So at most one send is
 * outstanding per sink, and a sink that stops taking events shows as a transport that stays not ready:
 * the {@link SlowClientPolicy}'s stall limit and backlog bounds act on it exactly as on a servlet client.
 * A failed send (Jersey completes the stage with the exception as its value; CXF completes it
 * exceptionally) or one that throws ends the connection.
 * <p>
 * The sink is closed by whichever thread sees the connection end with no send under way: never beside
 * a send, because on Jersey a close during a send that the client does not take blocks too (its final
 * flush waits on the same socket) and would hold a second thread until the server's write timeout.
 */
final class SinkTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(SinkTransport.class.getName());

    private final SseEventSink sink;
    private final SinkFrames frames;
    private final Executor sends;
    private final HubCounters counters;
    private final AtomicBoolean completed = new AtomicBoolean();
    private final AtomicBoolean sinkClosed = new AtomicBoolean();
    /** True from a write until its last send's stage completed (or failed). */
    private volatile boolean sending;
    private volatile Runnable onWritable = () -> { };
    private volatile Consumer<String> onGone = reason -> { };

    SinkTransport(SseEventSink sink, SinkFrames frames, Executor sends, HubCounters counters) {
        this.sink = sink;
        this.frames = frames;
        this.sends = sends;
        this.counters = counters;
    }

    @Override
    public void start(Runnable whenWritable, Consumer<String> whenGone) {
        this.onWritable = whenWritable;
        this.onGone = whenGone;
    }

    @Override
    public boolean isReady() {
        return !sending && !completed.get();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        List<OutboundSseEvent> events = frames.events(bytes);
        if (events.isEmpty()) {
            return;
        }
        sending = true;
        try {
            sends.execute(() -> sendFrom(events, 0));
        } catch (RejectedExecutionException e) {
            sending = false;
            throw new IOException("the hub is stopping", e);
        }
        counters.written(bytes.length); // the hub's frames; the runtime's encoding of them differs by a few bytes
    }

    @Override
    public void flush() {
        // every send writes and flushes its event
    }

    /**
     * Closes the sink off the caller's thread, or, while a send is under way, has the send's thread
     * close it once that send returned (see the class comment).
     */
    @Override
    public void complete() {
        if (completed.compareAndSet(false, true) && !sending) {
            try {
                sends.execute(this::closeSink);
            } catch (RejectedExecutionException e) {
                closeSink();
            }
        }
    }

    private void sendFrom(List<OutboundSseEvent> events, int from) {
        for (int i = from; i < events.size(); i++) {
            if (completed.get()) {
                sendsDone();
                return;
            }
            CompletableFuture<?> sent;
            try {
                sent = sink.send(events.get(i)).toCompletableFuture();
            } catch (RuntimeException e) {
                gone(e);
                return;
            }
            if (!sent.isDone()) {
                int next = i + 1;
                sent.whenComplete((value, error) -> {
                    if (!failed(value, error)) {
                        resume(events, next);
                    }
                });
                return;
            }
            if (sent.isCompletedExceptionally()) {
                gone(exceptionOf(sent));
                return;
            }
            if (failed(sent.getNow(null), null)) {
                return;
            }
        }
        sendsDone();
        onWritable.run();
    }

    /** No send under way now: if the connection ended meanwhile, this thread closes the sink. */
    private void sendsDone() {
        sending = false;
        if (completed.get()) {
            closeSink();
        }
    }

    private void resume(List<OutboundSseEvent> events, int next) {
        try {
            sends.execute(() -> sendFrom(events, next));
        } catch (RejectedExecutionException e) {
            gone(e);
        }
    }

    private boolean failed(Object value, Throwable error) {
        Throwable failure = error != null ? error : value instanceof Throwable thrown ? thrown : null;
        if (failure != null) {
            gone(failure);
        }
        return failure != null;
    }

    private static Throwable exceptionOf(CompletableFuture<?> sent) {
        try {
            sent.join();
            return new IllegalStateException("send failed");
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    private void gone(Throwable failure) {
        sendsDone();
        onGone.accept("write failed: " + failure);
    }

    private void closeSink() {
        if (!sinkClosed.compareAndSet(false, true)) {
            return;
        }
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing an SSE sink failed", e);
        }
    }
}
