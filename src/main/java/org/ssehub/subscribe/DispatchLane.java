package org.ssehub.subscribe;

import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.FanOut;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One dispatcher thread and the connections it owns. A stream hands it each event once, for all of
 * its subscribers on this lane; the thread appends the event to each one's backlog, and once the
 * events waiting together are all appended, writes every touched connection once. So a publish costs
 * one hand-over per lane, not one task per subscriber, and under load the events that arrived
 * together leave in one write per connection.
 */
final class DispatchLane implements FanOut {

    /** Events handed out before the touched connections are written, so a flood cannot starve the writes. */
    private static final int MAX_EVENTS_PER_ROUND = 32;
    /** Backlog appends (events x members) before the touched connections are written. */
    private static final int MAX_APPENDS_PER_ROUND = 16_384;

    private record Delivery(Event event, Collection<EventSink> members) {
    }

    private final ConcurrentLinkedQueue<Object> tasks = new ConcurrentLinkedQueue<>();
    /** Touched since the last round of writes; only the lane's thread uses it. */
    private final List<Subscriber> touched = new ArrayList<>();
    private final Thread thread;
    private volatile boolean sleeping;
    private volatile boolean stopping;

    DispatchLane(ThreadFactory threads) {
        thread = threads.newThread(this::run);
        thread.start();
    }

    @Override
    public void publish(Event event, Collection<EventSink> members) {
        enqueue(new Delivery(event, members));
    }

    /**
     * Has the lane write to {@code subscriber} soon (a heartbeat, a close).
     *
     * @throws RejectedExecutionException once the lane is stopping
     */
    void writeSoon(Subscriber subscriber) {
        enqueue(subscriber);
    }

    /** Finishes what is queued, then ends the thread; waits for it up to {@code timeoutMillis}. */
    void stop(long timeoutMillis) throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join(timeoutMillis);
        if (thread.isAlive()) {
            thread.interrupt();
            thread.join(TimeUnit.SECONDS.toMillis(1));
        }
    }

    private void enqueue(Object task) {
        if (stopping) {
            throw new RejectedExecutionException("dispatcher lane stopping");
        }
        tasks.offer(task);
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    private void run() {
        int events = 0;
        int appends = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Object task = tasks.poll();
            if (task == null) {
                if (!touched.isEmpty()) {
                    writeTouched();
                    events = 0;
                    appends = 0;
                    continue;
                }
                if (stopping) {
                    return;
                }
                sleeping = true;
                if (tasks.isEmpty() && !stopping) {
                    LockSupport.park(this);
                }
                sleeping = false;
                continue;
            }
            if (task instanceof Delivery delivery) {
                appends += hand(delivery);
                events++;
            } else {
                touch((Subscriber) task);
            }
            if (events >= MAX_EVENTS_PER_ROUND || appends >= MAX_APPENDS_PER_ROUND) {
                writeTouched();
                events = 0;
                appends = 0;
            }
        }
    }

    private int hand(Delivery delivery) {
        int count = 0;
        for (EventSink member : delivery.members()) {
            Subscriber subscriber = (Subscriber) member;
            if (subscriber.offer(delivery.event())) {
                touch(subscriber);
            }
            count++;
        }
        return count;
    }

    private void touch(Subscriber subscriber) {
        if (!subscriber.touched) {
            subscriber.touched = true;
            touched.add(subscriber);
        }
    }

    private void writeTouched() {
        for (Subscriber subscriber : touched) {
            subscriber.touched = false;
            try {
                subscriber.requestDrain();
            } catch (RuntimeException e) {
                subscriber.close("write failed: " + e);
            }
        }
        touched.clear();
    }
}
