package org.ssehub.subscribe;

import org.ssehub.stream.Event;

import java.util.concurrent.TimeUnit;

/**
 * What a slow client gets, decided in this one place: a live event it has no room for is first met
 * by writing out what the client takes now; if its backlog is still full (its own limits, or the
 * node-wide bound on queued bytes) it is cut off, and so is a client the container could take
 * nothing from for the stall limit. The caller carries the decision out.
 */
final class SlowClientPolicy {

    /** Keep the client, or cut it off for the reason given. */
    record Decision(String cutOffReason) {

        static final Decision KEEP = new Decision(null);

        boolean keep() {
            return cutOffReason == null;
        }
    }

    static final String BACKLOG_FULL = "backlog full: the client is not reading fast enough";
    static final String NODE_FULL = "the node's queued bytes limit is reached and this client is not reading fast enough";

    static final String STALLED = "stalled: ";

    private final long stallNanos;

    SlowClientPolicy(long stallNanos) {
        this.stallNanos = stallNanos;
    }

    /**
     * Queues a live event for a client.
     *
     * @param writeOutNow writes what the client takes now, making room in its backlog
     */
    Decision queue(Backlog backlog, Event event, Runnable writeOutNow) {
        if (backlog.addLive(event)) {
            return Decision.KEEP;
        }
        writeOutNow.run();
        if (backlog.addLive(event)) {
            return Decision.KEEP;
        }
        return new Decision(backlog.withinClientLimits(event) ? NODE_FULL : BACKLOG_FULL);
    }

    /** @param blockedSinceNanos when the container last could take nothing more; 0 while it can */
    Decision check(long blockedSinceNanos, long nowNanos) {
        if (blockedSinceNanos != 0 && nowNanos - blockedSinceNanos >= stallNanos) {
            return new Decision(STALLED + "the client took nothing for " + TimeUnit.NANOSECONDS.toSeconds(stallNanos) + " s");
        }
        return Decision.KEEP;
    }
}
