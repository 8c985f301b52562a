package org.ssehub.subscribe;

import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.FanOut;

import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One dispatcher thread and the connections it owns, as a stream's {@link FanOut} group. A stream
 * hands it each event once, for all of its members on this lane, and the lane calls each member's
 * {@link EventSink#deliver}, in the stream's order; so a publish costs one hand-over per lane, not one
 * task per subscriber. Writing is shared: a connection with something new goes onto its
 * {@link Dispatcher}'s write queue, which every lane works through between hand-overs, so one lane
 * that the OS does not run for a while does not hold up its connections' writes. Nothing a member or
 * a write throws ends the thread: a dead lane would silently starve every connection it owns.
 */
final class DispatchLane implements FanOut {

    /** Events handed over before the lane turns to writing, so a flood cannot starve the writes. */
    private static final int MAX_EVENTS_PER_ROUND = 64;
    /** Writes between looks at this lane's own hand-overs, so fan-out goes on while writes pile up. */
    private static final int WRITES_PER_LOOK = 16;
    private static final Logger LOG = Logger.getLogger(DispatchLane.class.getName());

    private record Delivery(Event event, Collection<EventSink> members) {
    }

    private final Dispatcher dispatcher;
    private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean sleeping;
    private volatile boolean stopping;

    DispatchLane(Dispatcher dispatcher, ThreadFactory threads) {
        this.dispatcher = dispatcher;
        this.thread = threads.newThread(this::run);
    }

    void start() {
        thread.start();
    }

    @Override
    public void publish(Event event, Collection<EventSink> members) {
        if (stopping) {
            return; // the hub is stopping and ending every connection; the event is retained
        }
        deliveries.offer(new Delivery(event, members));
        wake();
    }

    /** Hand-overs waiting for this lane (counted when asked: for metrics only). */
    int waiting() {
        return deliveries.size();
    }

    /** Unparks the lane's thread if it sleeps. */
    void wake() {
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    void beginStop() {
        stopping = true;
        LockSupport.unpark(thread);
    }

    /** Waits up to {@code timeoutMillis} for the thread to finish what is queued; then interrupts it. */
    void awaitStop(long timeoutMillis) throws InterruptedException {
        thread.join(timeoutMillis);
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(1));
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (!round()) {
                    return;
                }
            } catch (Throwable unexpected) {
                LOG.log(Level.SEVERE, "A dispatcher lane caught an unexpected failure and goes on", unexpected);
            }
        }
    }

    /** @return false once stopping and idle */
    private boolean round() {
        int handed = handOver();
        if (handed > 0) {
            dispatcher.wakeIdleLanes(this);
        }
        int written = writeShare();
        if (handed == 0 && written == 0) {
            if (stopping) {
                return false;
            }
            sleeping = true;
            if (deliveries.isEmpty() && !dispatcher.hasWrites() && !stopping) {
                LockSupport.park(this);
            }
            sleeping = false;
        }
        return true;
    }

    /** Hands up to a round's worth of events to their members, which queue them and ask to be written. */
    private int handOver() {
        int events = 0;
        Delivery delivery;
        while (events < MAX_EVENTS_PER_ROUND && (delivery = deliveries.poll()) != null) {
            for (EventSink member : delivery.members()) {
                try {
                    member.deliver(delivery.event());
                } catch (Throwable e) {
                    // a sink ends itself on its own failures; this one let one escape
                    LOG.log(Level.WARNING, "A subscriber failed to take an event", e);
                }
            }
            events++;
        }
        return events;
    }

    /** Writes queued connections until the queue is empty or this lane has events to hand over. */
    private int writeShare() {
        int written = 0;
        ConnectionWriter writer;
        while ((writer = dispatcher.nextWrite()) != null) {
            try {
                writer.writeQueued();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Ending a connection after an unexpected failure", e);
                writer.end("unexpected failure: " + e);
            }
            written++;
            if (written % WRITES_PER_LOOK == 0 && !deliveries.isEmpty()) {
                break;
            }
        }
        return written;
    }
}
