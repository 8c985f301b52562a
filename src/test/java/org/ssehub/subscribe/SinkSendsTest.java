package org.ssehub.subscribe;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A send that blocks (Jersey's, to a client that does not read) holds its thread only; the others go on. */
class SinkSendsTest {

    final CountDownLatch release = new CountDownLatch(1);
    SinkSends sends;

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        sends.stop(1000);
    }

    @Test
    void aBlockedSendDoesNotHoldUpTheNext() throws InterruptedException {
        sends = new SinkSends(4, Executors.defaultThreadFactory());
        CountDownLatch blocked = new CountDownLatch(1);
        sends.execute(() -> {
            blocked.countDown();
            await(release);
        });
        assertTrue(blocked.await(5, TimeUnit.SECONDS));
        CountDownLatch next = new CountDownLatch(1);
        sends.execute(next::countDown);
        assertTrue(next.await(5, TimeUnit.SECONDS), "the next send ran on another thread");
    }

    @Test
    void withEveryThreadBusyASendWaitsForOneAndIsNotLost() throws InterruptedException {
        sends = new SinkSends(1, Executors.defaultThreadFactory());
        sends.execute(() -> await(release));
        CountDownLatch queued = new CountDownLatch(1);
        sends.execute(queued::countDown);
        assertFalse(queued.await(200, TimeUnit.MILLISECONDS), "one thread at most, and it is busy");
        release.countDown();
        assertTrue(queued.await(5, TimeUnit.SECONDS), "the queued send ran once the thread was free");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
