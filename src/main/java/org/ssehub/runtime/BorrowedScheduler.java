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
 */
final class BorrowedScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final ScheduledExecutorService server;
    private final Set<Future<?>> tasks = ConcurrentHashMap.newKeySet();
    private volatile boolean shutdown;

    BorrowedScheduler(ScheduledExecutorService server) {
        this.server = server;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
        return track(server.schedule(task, delay, unit));
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> task, long delay, TimeUnit unit) {
        return track(server.schedule(task, delay, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable task, long initialDelay, long period, TimeUnit unit) {
        return track(server.scheduleAtFixedRate(task, initialDelay, period, unit));
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable task, long initialDelay, long delay, TimeUnit unit) {
        return track(server.scheduleWithFixedDelay(task, initialDelay, delay, unit));
    }

    @Override
    public void execute(Runnable task) {
        schedule(task, 0, TimeUnit.NANOSECONDS);
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
        return shutdown && tasks.stream().allMatch(Future::isDone);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return isTerminated();
    }
}
