package org.ssehub.subscribe;

import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.FanOut;

import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One dispatcher thread and the connections it owns. A stream hands it each event once, for all of
 * its subscribers on this lane, and the lane appends the event to each one's backlog, in the
 * stream's order; so a publish costs one hand-over per lane, not one task per subscriber. Writing is
 * shared: a connection with something new goes onto its {@link Dispatcher}'s write queue, which every
 * lane works through between hand-overs, so one lane that the OS does not run for a while does not
 * hold up its connections' writes. Under load a connection waits in that queue while more events reach
 * its backlog, and they leave in one write.
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
            return; // the hub is stopping and closing every connection; the event is retained
        }
        deliveries.offer(new Delivery(event, members));
        wake();
    }

    /**
     * Queues a connection for writing by whichever lane gets to it first.
     *
     * @throws RejectedExecutionException once the hub is stopping
     */
    void queueWrite(Subscriber subscriber, boolean wake) {
        dispatcher.write(subscriber, wake);
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
            int handed = handOver();
            if (handed > 0) {
                dispatcher.wakeIdleLanes(this);
            }
            int written = writeShare();
            if (handed == 0 && written == 0) {
                if (stopping) {
                    return;
                }
                sleeping = true;
                if (deliveries.isEmpty() && !dispatcher.hasWrites() && !stopping) {
                    LockSupport.park(this);
                }
                sleeping = false;
            }
        }
    }

    /** Appends up to a round's worth of events; connections with something new join the write queue. */
    private int handOver() {
        int events = 0;
        Delivery delivery;
        while (events < MAX_EVENTS_PER_ROUND && (delivery = deliveries.poll()) != null) {
            for (EventSink member : delivery.members()) {
                Subscriber subscriber = (Subscriber) member;
                try {
                    if (subscriber.offer(delivery.event())) {
                        subscriber.writeSoon(false);
                    }
                } catch (RuntimeException e) {
                    failed(subscriber, e);
                }
            }
            events++;
        }
        return events;
    }

    /**
     * A container's surprise on one connection (the drain itself handles I/O failures) ends that
     * connection, not the lane: a dead lane would silently starve every connection it owns.
     */
    private static void failed(Subscriber subscriber, RuntimeException e) {
        LOG.log(Level.WARNING, "Closing a connection after an unexpected failure", e);
        subscriber.close("unexpected failure: " + e);
    }

    /** Writes queued connections until the queue is empty or this lane has events to hand over. */
    private int writeShare() {
        int written = 0;
        Subscriber subscriber;
        while ((subscriber = dispatcher.nextWrite()) != null) {
            try {
                subscriber.drainQueued();
            } catch (RuntimeException e) {
                failed(subscriber, e);
            }
            written++;
            if (written % WRITES_PER_LOOK == 0 && !deliveries.isEmpty()) {
                break;
            }
        }
        return written;
    }
}
