package org.ssehub.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Owns the hub's schedulers, and names every thread the hub starts. The dispatcher lanes that write
 * to clients are the subscribe package's own (started with {@link #factory}, stopped by it).
 */
@ApplicationScoped
public class HubThreads {

    private static final Logger LOG = Logger.getLogger(HubThreads.class.getName());

    private HubConfig config;
    private ScheduledExecutorService timer;
    private ScheduledExecutorService demo;

    protected HubThreads() {
        // for CDI proxies
    }

    @Inject
    public HubThreads(HubConfig config) {
        this.config = config;
    }

    @PostConstruct
    void start() {
        timer = ContainerScheduler.lookup(config.string(Setting.SCHEDULER))
                .<ScheduledExecutorService>map(BorrowedScheduler::new)
                .orElseGet(() -> singleThreadScheduler("timer"));
        if (!(timer instanceof BorrowedScheduler)) {
            LOG.info("Hub timer: a thread of its own (no managed scheduler in JNDI)");
        }
        demo = singleThreadScheduler("demo");
    }

    private static ScheduledExecutorService singleThreadScheduler(String role) {
        ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1, new NamedThreads(role));
        scheduler.setRemoveOnCancelPolicy(true);
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return scheduler;
    }

    /** Threads named {@code sse-hub-<role>-<n>}, daemons: for a component that owns its threads' lives. */
    public ThreadFactory factory(String role) {
        return new NamedThreads(role);
    }

    /**
     * Periodic housekeeping and generators. Tasks must be short and never block. On a full Jakarta EE
     * server this is the server's managed scheduler (TomEE sizes it in tomee.xml), on Tomcat a thread
     * of the hub's own; either way stopping the hub cancels every task it scheduled.
     */
    public ScheduledExecutorService timer() {
        return timer;
    }

    /**
     * The per-connection demo endpoints, which write through JAX-RS {@code SseEventSink}s (a
     * blocking write on some runtimes), and the demo generators, whose publishes wait for Redis in
     * Redis mode: kept apart so they can never hold up the hub's timer.
     */
    public ScheduledExecutorService demo() {
        return demo;
    }

    @PreDestroy
    void stop() {
        for (ExecutorService executor : List.of(demo, timer)) {
            executor.shutdown();
        }
        for (ExecutorService executor : List.of(demo, timer)) {
            try {
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.warning("Hub threads did not stop within 5 s; interrupting them");
                    executor.shutdownNow();
                    executor.awaitTermination(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
