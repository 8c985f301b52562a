package org.ssehub.subscribe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dispatcher lanes of this node and the {@link WriteQueue} they share. A connection belongs to
 * one lane (round robin), which hands it its events; any lane writes it. The queue holds each
 * connection at most once, so it is bounded by the number of connections.
 * <p>
 * Stopping: the lanes finish what is queued and end; then the queue refuses new writers (whose
 * callers then write, and so end, their connection themselves), and the stopping thread writes what
 * slipped in meanwhile. A writer that sees the refusal after queueing takes itself back out, so each
 * queued writer is written exactly once, by a lane, by the stopping thread, or by its own caller.
 */
final class Dispatcher implements WriteQueue {

    private final List<DispatchLane> lanes;
    private final ConcurrentLinkedQueue<ConnectionWriter> writes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextLane = new AtomicInteger();
    private volatile boolean stopped;

    Dispatcher(int laneCount, ThreadFactory threads) {
        List<DispatchLane> made = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            made.add(new DispatchLane(this, threads));
        }
        lanes = List.copyOf(made);
        lanes.forEach(DispatchLane::start);
    }

    /** The lane for a new connection. */
    DispatchLane nextLane() {
        return lanes.get(Math.floorMod(nextLane.getAndIncrement(), lanes.size()));
    }

    @Override
    public void queueAndWake(ConnectionWriter writer) {
        enqueue(writer);
        wakeIdleLanes(null);
    }

    @Override
    public void queueFromLane(ConnectionWriter writer) {
        enqueue(writer);
    }

    private void enqueue(ConnectionWriter writer) {
        if (stopped) {
            throw new RejectedExecutionException("dispatcher stopped");
        }
        writes.offer(writer);
        // stop() sets stopped before it empties the queue: if it did so meanwhile, exactly one of
        // the two (its poll or this remove) takes the writer back out
        if (stopped && writes.remove(writer)) {
            throw new RejectedExecutionException("dispatcher stopped");
        }
    }

    ConnectionWriter nextWrite() {
        return writes.poll();
    }

    boolean hasWrites() {
        return !writes.isEmpty();
    }

    /** Hand-overs and writes waiting for a lane (counted when asked: for metrics only). */
    long waiting() {
        long waiting = writes.size();
        for (DispatchLane lane : lanes) {
            waiting += lane.waiting();
        }
        return waiting;
    }

    /** Unparks the sleeping lanes (other than {@code caller}) so they help with the writes. */
    void wakeIdleLanes(DispatchLane caller) {
        for (DispatchLane lane : lanes) {
            if (lane != caller) {
                lane.wake();
            }
        }
    }

    /**
     * Lets the lanes finish what is queued, then ends their threads, waiting up to
     * {@code timeoutMillis} each; then writes, on this thread, whatever was queued after they left.
     */
    void stop(long timeoutMillis) throws InterruptedException {
        lanes.forEach(DispatchLane::beginStop);
        for (DispatchLane lane : lanes) {
            lane.awaitStop(timeoutMillis);
        }
        stopped = true;
        ConnectionWriter writer;
        while ((writer = writes.poll()) != null) {
            writer.writeQueued();
        }
    }
}
