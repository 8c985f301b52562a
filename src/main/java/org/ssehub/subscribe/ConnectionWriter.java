package org.ssehub.subscribe;

import org.ssehub.stream.Event;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The only code that writes to a connection. One drainer at a time (the pending gate) takes what
 * waited in the {@link Backlog} together ({@link WriteBatches}) and writes it as one write and one
 * flush, with non-blocking I/O through its {@link Transport}; when the transport cannot take more it
 * stops, and the container's {@code onWritePossible} resumes it. Every way a connection ends (a
 * cut-off, a failed write, the container's error, timeout or completion, the hub stopping) goes
 * through {@link #end} and leaves in {@link #finish}: released once, and the response completed.
 * <p>
 * Threads: {@code pending} and {@code endReason} are touched by any thread (lanes, container threads,
 * the heartbeat timer); {@code unflushed} only by the current drainer (the gate orders drainers);
 * {@code lastWriteNanos} and {@code blockedSinceNanos} are written by the drainer and read by the timer.
 */
final class ConnectionWriter {

    static final String WRITE_FAILED = "write failed: ";

    private final Transport transport;
    private final Backlog backlog;
    private final WriteBatches batches;
    private final WriteQueue queue;
    private final Consumer<String> onEnded;
    /** Write requests; starts at one so nothing is written before {@link #begin()}. */
    private final AtomicInteger pending = new AtomicInteger(1);
    private final AtomicBoolean released = new AtomicBoolean();
    private volatile String endReason;
    private volatile long lastWriteNanos = System.nanoTime();
    /** When the transport last said it could take no more; 0 while it can. */
    private volatile long blockedSinceNanos;
    private boolean unflushed;

    /**
     * @param encoder the bytes of an event for this connection (its id or cursor line and body)
     * @param onEnded called once, by the thread that finishes the connection, with the reason
     */
    ConnectionWriter(Transport transport, Backlog backlog, WriteQueue queue, Function<Event, byte[]> encoder,
                     Consumer<String> onEnded) {
        this.transport = transport;
        this.backlog = backlog;
        this.batches = new WriteBatches(backlog, encoder);
        this.queue = queue;
        this.onEnded = onEnded;
    }

    /** Begins writing: the transport's callbacks are set and what is queued already goes out. */
    void begin() {
        transport.start(this::writeHere, this::end);
        drainLoop(1);
    }

    /** From any thread but a lane: has a lane write what is pending, unless a write is pending or under way. */
    void writeSoon() {
        askALane(queue::queueAndWake);
    }

    /** From a lane's thread: as {@link #writeSoon()}, without waking the other lanes. */
    void writeSoonFromLane() {
        askALane(queue::queueFromLane);
    }

    private void askALane(Consumer<ConnectionWriter> enqueue) {
        if (pending.getAndIncrement() == 0) {
            try {
                enqueue.accept(this);
            } catch (RejectedExecutionException e) {
                endHere("hub stopping");
            }
        }
    }

    /** Writes what is pending on this thread, unless another thread is writing (which then writes it too). */
    void writeHere() {
        if (pending.getAndIncrement() == 0) {
            drainLoop(1);
        }
    }

    /** A lane took this writer off the {@link WriteQueue}: writes what is pending. */
    void writeQueued() {
        drainLoop(1);
    }

    /** Ends the connection with this reason (the first one given wins); the drainer finishes it. */
    void end(String reason) {
        if (endReason == null) {
            endReason = reason;
        }
        writeSoon();
    }

    boolean isEnding() {
        return endReason != null;
    }

    long lastWriteNanos() {
        return lastWriteNanos;
    }

    long blockedSinceNanos() {
        return blockedSinceNanos;
    }

    /** Ends the connection on this thread, which holds the pending gate (no lane is left to take it). */
    private void endHere(String reason) {
        if (endReason == null) {
            endReason = reason;
        }
        drainLoop(1);
    }

    private void drainLoop(int missed) {
        int todo = missed;
        do {
            drain();
            todo = pending.addAndGet(-todo);
        } while (todo != 0);
    }

    private void drain() {
        if (endReason != null) {
            finish();
            return;
        }
        try {
            while (true) {
                if (!transport.isReady()) {
                    if (blockedSinceNanos == 0) {
                        blockedSinceNanos = System.nanoTime() | 1;
                    }
                    return; // the transport calls onWritable when it can take more
                }
                blockedSinceNanos = 0;
                byte[] chunk = batches.next();
                if (chunk == null) {
                    if (!unflushed) {
                        return;
                    }
                    unflushed = false;
                    transport.flush();
                    continue;
                }
                transport.write(chunk);
                unflushed = true;
                if (chunk.length > 0) {
                    lastWriteNanos = System.nanoTime();
                }
            }
        } catch (IOException | RuntimeException e) {
            // IllegalStateException is how a container says the response is gone; anything else it
            // throws ends this connection too, rather than escaping with its write still marked pending
            if (endReason == null) {
                endReason = WRITE_FAILED + e;
            }
            finish();
        }
    }

    private void finish() {
        if (released.compareAndSet(false, true)) {
            backlog.close();
            try {
                onEnded.accept(endReason);
            } finally {
                transport.complete();
            }
        } else {
            backlog.close();
        }
    }
}
