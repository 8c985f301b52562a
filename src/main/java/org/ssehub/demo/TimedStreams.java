package org.ssehub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.runtime.HubThreads;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one event a second to a JAX-RS {@link SseEventSink}, {@code count} times, then closes it.
 * Stops at the first failed send: that is how a departed client shows itself on every runtime.
 */
@ApplicationScoped
public class TimedStreams {

    private static final Logger LOG = Logger.getLogger(TimedStreams.class.getName());

    @Inject
    HubThreads threads;

    void run(SseEventSink sink, int count, IntFunction<OutboundSseEvent> event) {
        AtomicInteger sent = new AtomicInteger();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        done.whenComplete((ignored, error) -> {
            ScheduledFuture<?> future = task.get();
            if (future != null) {
                future.cancel(false);
            }
            closeQuietly(sink);
        });
        task.set(threads.demo().scheduleAtFixedRate(() -> {
            int n = sent.getAndIncrement();
            if (n >= count || sink.isClosed() || done.isDone()) {
                done.complete(null);
                return;
            }
            try {
                sink.send(event.apply(n)).whenComplete((ok, error) -> {
                    if (error != null) {
                        done.completeExceptionally(error);
                    }
                });
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, 0, 1, TimeUnit.SECONDS));
        if (done.isDone()) {
            task.get().cancel(false);
        }
    }

    private static void closeQuietly(SseEventSink sink) {
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing a demo stream failed", e);
        }
    }
}
