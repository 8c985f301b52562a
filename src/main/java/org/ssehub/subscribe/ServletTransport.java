package org.ssehub.subscribe;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ssehub.metrics.HubCounters;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet side of a connection: an async request (no timeout) and its output stream in
 * non-blocking mode. Every container callback that means the connection is over ({@code onError} of
 * the write listener, {@code onError}, {@code onTimeout} and {@code onComplete} of the async
 * listener) reaches the writer.
 * <p>
 * Who completes the {@link AsyncContext}, once: the hub, from the writer's thread, when the hub ended
 * the connection (a cut-off, the drain, a stop); the container's own thread, inside {@code onError}
 * or {@code onTimeout}, when the container reports the end, as the Servlet specification asks of a
 * listener. After a write failed, the container is ending the response itself (Tomcat dispatches an
 * error), so a {@code complete()} from the writer's thread would race it; then the transport leaves it
 * to the container and to {@link LateCompletions}. Once the container reported an end or a write
 * failed, the output stream is not touched again: a container recycles it for another request.
 */
final class ServletTransport implements Transport, WriteListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(ServletTransport.class.getName());

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final HubCounters counters;
    private final LateCompletions late;
    /** Set once {@code complete()} was called, by anyone, or the container reported the completion. */
    private final AtomicBoolean completed = new AtomicBoolean();
    /** Set once the container reported an end or a write failed: the container ends the response now. */
    private volatile boolean containerEnding;
    private volatile Runnable onWritable = () -> { };
    private volatile Consumer<String> onGone = reason -> { };

    /** Answers the request with the head of an event stream and takes it async. */
    static ServletTransport begin(HttpServletRequest request, HttpServletResponse response, HubCounters counters,
                                  LateCompletions late) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        return new ServletTransport(request.startAsync(), response.getOutputStream(), counters, late);
    }

    ServletTransport(AsyncContext async, ServletOutputStream out, HubCounters counters, LateCompletions late) {
        this.async = async;
        this.out = out;
        this.counters = counters;
        this.late = late;
        async.setTimeout(0);
        async.addListener(this);
    }

    @Override
    public void start(Runnable whenWritable, Consumer<String> whenGone) {
        this.onWritable = whenWritable;
        this.onGone = whenGone;
        out.setWriteListener(this);
    }

    @Override
    public boolean isReady() {
        return !containerEnding && out.isReady();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (containerEnding) {
            throw new IOException("the response is ending");
        }
        try {
            out.write(bytes);
        } catch (IOException | RuntimeException e) {
            containerEnding = true;
            throw e;
        }
        counters.written(bytes.length);
    }

    @Override
    public void flush() throws IOException {
        if (containerEnding) {
            throw new IOException("the response is ending");
        }
        try {
            out.flush();
        } catch (IOException | RuntimeException e) {
            containerEnding = true;
            throw e;
        }
    }

    /** From the writer's thread: completes now if the hub ended the connection, else after the container's grace. */
    @Override
    public void complete() {
        if (completed.get()) {
            return;
        }
        if (containerEnding) {
            late.add(this);
        } else {
            completeNow();
        }
    }

    /** From {@link LateCompletions}: the container had its time to end the response. */
    void completeUnlessContainerDid() {
        completeNow();
    }

    private void completeNow() {
        if (completed.compareAndSet(false, true)) {
            try {
                async.complete();
            } catch (RuntimeException e) { // Tomcat throws IllegalStateException, or an NPE once it recycled the request
                LOG.log(Level.FINE, "Async context already completed", e);
            }
        }
    }

    @Override
    public void onWritePossible() {
        onWritable.run();
    }

    /** The container's thread; an async {@code onError} follows on Tomcat, which completes. */
    @Override
    public void onError(Throwable error) {
        containerEnding = true;
        onGone.accept("write failed: " + error);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        completed.set(true);
        containerEnding = true;
        onGone.accept("completed");
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        containerEnding = true;
        completeNow();
        onGone.accept("timed out");
    }

    @Override
    public void onError(AsyncEvent event) {
        containerEnding = true;
        completeNow();
        onGone.accept("connection error: " + event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
