package org.ssehub.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The hub's view of a scheduler it does not own (the server's managed one): the same lifecycle as
 * an executor of its own. {@link #shutdown()} cancels every task the hub scheduled through it and
 * refuses new ones, but leaves the server's executor running (a managed executor may not be shut
 * down by an application), so an undeploy leaves no hub task behind on the server's threads.
 * {@link #awaitTermination} waits for runs still under way: a cancelled future reports done at once,
 * while its task may still be running on a server thread.
 */
final class BorrowedScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final ScheduledExecutorService server;
    private final Set<Future<?>> tasks = ConcurrentHashMap.newKeySet();
    /** Runs of the hub's tasks under way on the server's threads; guarded by itself. */
    private final Object runs = new Object();
    private int running;
    private volatile boolean shutdown;

    BorrowedScheduler(ScheduledExecutorService server) {
        this.server = server;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return track(server.schedule(counted(task), delay, unit));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> task, long delay, TimeUnit unit) {
        return track(server.schedule(counted(task), delay, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return track(server.scheduleAtFixedRate(counted(task), initialDelay, period, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        return track(server.scheduleWithFixedDelay(counted(task), initialDelay, delay, unit));
    }

    @Override
    public void execute(Runnable task) {
        schedule(task, 0, TimeUnit.NANOSECONDS);
    }

    private Runnable counted(Runnable task) {
        return () -> {
            begin();
            try {
                task.run();
            } finally {
                end();
            }
        };
    }

    private <V> Callable<V> counted(Callable<V> task) {
        return () -> {
            begin();
            try {
                return task.call();
            } finally {
                end();
            }
        };
    }

    private void begin() {
        synchronized (runs) {
            running++;
        }
    }

    private void end() {
        synchronized (runs) {
            running--;
            runs.notifyAll();
        }
    }

    private <F extends Future<?>> F track(F future) {
        if (shutdown) {
            future.cancel(false);
            throw new RejectedExecutionException("the hub is stopping");
        }
        tasks.removeIf(Future::isDone);
        tasks.add(future);
        if (shutdown) {
            future.cancel(false);
        }
        return future;
    }

    @Override
    public void shutdown() {
        shutdown = true;
        tasks.forEach(task -> task.cancel(false));
    }

    @Override
    public List<Runnable> shutdownNow() {
        shutdown = true;
        tasks.forEach(task -> task.cancel(true));
        return new ArrayList<>();
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        synchronized (runs) {
            return shutdown && running == 0 && tasks.stream().allMatch(Future::isDone);
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (runs) {
            while (!isTerminated()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(runs, left);
            }
            return true;
        }
    }
}
