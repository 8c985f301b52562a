package org.ssehub.subscribe;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Responses the container may be ending itself right now, completed by the hub only if the container
 * has not done so a second later. A write that fails from a hub thread makes Tomcat (and TomEE) start
 * an error dispatch of its own on a container thread, which calls the listeners' {@code onError} and
 * then {@code complete()} unless a listener completed; a {@code complete()} from the hub's thread in
 * between races it: Tomcat 10.0 (TomEE 9) then logs "Calling [asyncComplete()] is not valid for a
 * request with Async state [COMPLETING]" and an NPE, or completes a request that was already recycled,
 * and the connection's processor goes on in a broken state (Spring met the same race: SPR-15412). So
 * after a failed write {@link ServletTransport} leaves completing to the container (its
 * {@code onError} completes on the container's thread) and queues itself here, for a container that
 * reports nothing (Grizzly may not). Ticked by the {@link Liveness} timer; at most one entry per
 * connection that ended so, each gone within two ticks.
 */
final class LateCompletions {

    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private record Due(ServletTransport transport, long atNanos) {
    }

    /** Oldest first: every entry is due the same grace after it was queued. */
    private final ConcurrentLinkedQueue<Due> due = new ConcurrentLinkedQueue<>();
    private volatile boolean stopped;

    /** Completes this response after the grace, unless the container completed it by then. */
    void add(ServletTransport transport) {
        due.add(new Due(transport, System.nanoTime() + GRACE_NANOS));
        if (stopped) {
            completeAll();
        }
    }

    void tick(long nowNanos) {
        for (Due next = due.peek(); next != null && next.atNanos() - nowNanos <= 0; next = due.peek()) {
            due.poll();
            next.transport().completeUnlessContainerDid();
        }
    }

    /** No timer from now on: what is queued, or queued later, is completed at once. */
    void stop() {
        stopped = true;
        completeAll();
    }

    private void completeAll() {
        for (Due next = due.poll(); next != null; next = due.poll()) {
            next.transport().completeUnlessContainerDid();
        }
    }
}
