package org.ssehub.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A borrowed scheduler's {@code awaitTermination} waits for the hub's tasks that are still running:
 * a cancelled future reports done at once, but its task may still be on the server's thread, and
 * stopping must not then go straight to {@code shutdownNow} (interrupting the server's own threads).
 */
class BorrowedSchedulerTest {

    private final ScheduledThreadPoolExecutor server = new ScheduledThreadPoolExecutor(2);

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void awaitTerminationWaitsForARunningTask() throws Exception {
        BorrowedScheduler borrowed = new BorrowedScheduler(server);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        borrowed.scheduleAtFixedRate(() -> {
            running.countDown();
            awaitQuietly(release);
        }, 0, 10, TimeUnit.MILLISECONDS);
        assertTrue(running.await(5, TimeUnit.SECONDS));

        borrowed.shutdown();
        assertFalse(borrowed.awaitTermination(200, TimeUnit.MILLISECONDS), "a task of the hub is still running");
        assertFalse(borrowed.isTerminated());

        release.countDown();
        assertTrue(borrowed.awaitTermination(5, TimeUnit.SECONDS), "the task ended");
        assertTrue(borrowed.isTerminated());
        assertFalse(server.isShutdown(), "the server's executor is not ours to stop");
    }

    @Test
    void anIdleBorrowedSchedulerTerminatesAtOnce() throws Exception {
        BorrowedScheduler borrowed = new BorrowedScheduler(server);
        borrowed.schedule(() -> { }, 1, TimeUnit.HOURS);
        borrowed.shutdown();
        assertTrue(borrowed.awaitTermination(1, TimeUnit.SECONDS));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
