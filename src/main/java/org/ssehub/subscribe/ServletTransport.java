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
 * listener) reaches the writer, which then completes the {@link AsyncContext} (once).
 */
final class ServletTransport implements Transport, WriteListener, AsyncListener {

    private static final Logger LOG = Logger.getLogger(ServletTransport.class.getName());

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final HubCounters counters;
    private final AtomicBoolean completed = new AtomicBoolean();
    private volatile Runnable onWritable = () -> { };
    private volatile Consumer<String> onGone = reason -> { };

    /** Answers the request with the head of an event stream and takes it async. */
    static ServletTransport begin(HttpServletRequest request, HttpServletResponse response, HubCounters counters) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");
        return new ServletTransport(request.startAsync(), response.getOutputStream(), counters);
    }

    ServletTransport(AsyncContext async, ServletOutputStream out, HubCounters counters) {
        this.async = async;
        this.out = out;
        this.counters = counters;
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
        return out.isReady();
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
        counters.written(bytes.length);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void complete() {
        if (completed.compareAndSet(false, true)) {
            try {
                async.complete();
            } catch (IllegalStateException e) {
                LOG.log(Level.FINE, "Async context already completed", e);
            }
        }
    }

    @Override
    public void onWritePossible() {
        onWritable.run();
    }

    @Override
    public void onError(Throwable error) {
        onGone.accept("write failed: " + error);
    }

    @Override
    public void onComplete(AsyncEvent event) {
        completed.set(true);
        onGone.accept("completed");
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        onGone.accept("timed out");
    }

    @Override
    public void onError(AsyncEvent event) {
        onGone.accept("connection error: " + event.getThrowable());
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // not restarted
    }
}
