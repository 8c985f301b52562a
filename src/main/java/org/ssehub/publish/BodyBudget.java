package org.ssehub.publish;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bytes of publish bodies being read on this node at once ({@code sse.hub.max-inflight-body-bytes}).
 * Each publish {@link #claim()}s what it reads, chunk by chunk, and gives it all back when it is
 * done; a chunk that does not fit is refused with {@code 503} and {@code Retry-After}, so a burst of
 * large publishes waits its turn instead of filling the heap. {@code 413} still answers a single
 * body over {@code sse.hub.max-body-bytes}.
 */
final class BodyBudget {

    static final String RETRY_AFTER_SECONDS = "1";

    private final long max;
    private final AtomicLong inFlight = new AtomicLong();

    BodyBudget(long maxBytes) {
        this.max = maxBytes;
    }

    Claim claim() {
        return new Claim();
    }

    long inFlight() {
        return inFlight.get();
    }

    /** What one publish holds; close it when the publish is done. Used by one thread. */
    final class Claim implements AutoCloseable {

        private long held;

        /** @throws WebApplicationException 503 with Retry-After when the node's budget is spent */
        void take(long bytes) {
            long now = inFlight.addAndGet(bytes);
            if (now > max) {
                inFlight.addAndGet(-bytes);
                String message = "too many publish bodies in flight on this node; try again later";
                throw new WebApplicationException(message, Response.status(Response.Status.SERVICE_UNAVAILABLE)
                        .header("Retry-After", RETRY_AFTER_SECONDS)
                        .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                        .entity(message + "\n")
                        .build());
            }
            held += bytes;
        }

        @Override
        public void close() {
            inFlight.addAndGet(-held);
            held = 0;
        }
    }
}
