package org.ssehub.subscribe;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dispatcher lanes of this node and the write queue they share. A connection belongs to one lane
 * (round robin), which hands it its events; any lane writes it. The queue holds each connection at
 * most once (a connection queues itself only when no write of it is pending), so it is bounded by
 * the number of connections.
 */
final class Dispatcher {

    private final List<DispatchLane> lanes;
    private final ConcurrentLinkedQueue<Subscriber> writes = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextLane = new AtomicInteger();
    private volatile boolean stopping;

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

    /**
     * Queues a connection for writing.
     *
     * @param wake whether to wake sleeping lanes for it: not needed from a lane, which writes what it
     *             queued itself and wakes the others once per round
     * @throws RejectedExecutionException once the dispatcher is stopping and its lanes may be gone
     */
    void write(Subscriber subscriber, boolean wake) {
        if (stopping) {
            throw new RejectedExecutionException("dispatcher stopping");
        }
        writes.offer(subscriber);
        if (wake) {
            wakeIdleLanes(null);
        }
    }

    Subscriber nextWrite() {
        return writes.poll();
    }

    boolean hasWrites() {
        return !writes.isEmpty();
    }

    /** Unparks the sleeping lanes (other than {@code caller}) so they help with the writes. */
    void wakeIdleLanes(DispatchLane caller) {
        for (DispatchLane lane : lanes) {
            if (lane != caller) {
                lane.wake();
            }
        }
    }

    /** Lets the lanes finish what is queued, then ends their threads, waiting up to {@code timeoutMillis} each. */
    void stop(long timeoutMillis) throws InterruptedException {
        stopping = true;
        lanes.forEach(DispatchLane::beginStop);
        for (DispatchLane lane : lanes) {
            lane.awaitStop(timeoutMillis);
        }
    }
}
