package org.ssehub.subscribe;

import jakarta.servlet.http.HttpServletResponse;
import org.ssehub.web.PlainErrors;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who may open a connection now: nobody while the node drains, and exactly up to
 * {@code sse.hub.max-subscribers} otherwise (the count is taken before the connection exists, so
 * concurrent subscribers never overshoot). Every admission is released once, when its connection
 * ends or turns out never to start.
 */
final class Admission {

    /** Why a connection was not admitted; the client is answered 503 either way. */
    enum Refusal {
        DRAINING("this node is draining; reconnect later"),
        FULL("subscriber limit reached; try again later");

        final String message;

        Refusal(String message) {
            this.message = message;
        }

        /** The servlet's answer: 503, with a {@code Retry-After} of the clients' retry while draining. */
        void answer(HttpServletResponse response, long retryMillis) throws IOException {
            if (this == DRAINING) {
                response.setHeader("Retry-After", Long.toString(Math.max(1, TimeUnit.MILLISECONDS.toSeconds(retryMillis))));
            }
            PlainErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, message);
        }
    }

    private final AtomicInteger admitted = new AtomicInteger();
    private final int limit;
    private volatile boolean draining;

    Admission(int limit) {
        this.limit = limit;
    }

    /** Takes one place, or says why not. */
    Optional<Refusal> admit() {
        if (draining) {
            return Optional.of(Refusal.DRAINING);
        }
        if (admitted.incrementAndGet() > limit) {
            admitted.decrementAndGet();
            return Optional.of(Refusal.FULL);
        }
        return Optional.empty();
    }

    /** Gives back the place of a connection that ended or never started. */
    void release() {
        admitted.decrementAndGet();
    }

    void draining(boolean draining) {
        this.draining = draining;
    }

    boolean draining() {
        return draining;
    }

    int admitted() {
        return admitted.get();
    }

    int limit() {
        return limit;
    }
}
