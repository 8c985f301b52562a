package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A write asked for while the dispatcher stops is never stranded: it is written by a lane or by the
 * stopping thread, or refused, and then the connection ends on the caller's thread.
 */
class DispatcherStopTest {

    /** A transport that is always ready and counts what reached it and whether it was completed. */
    static final class CountingTransport implements Transport {
        final AtomicInteger writes = new AtomicInteger();
        final AtomicInteger completions = new AtomicInteger();

        @Override
        public void start(Runnable onWritable, Consumer<String> onGone) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void write(byte[] bytes) {
            writes.incrementAndGet();
        }

        @Override
        public void flush() {
        }

        @Override
        public void complete() {
            completions.incrementAndGet();
        }
    }

    @Test
    void everyWriteAskedForDuringAStopIsWrittenOrEndsTheConnection() throws Exception {
        for (int round = 0; round < 100; round++) {
            Dispatcher dispatcher = new Dispatcher(2, Thread::new);
            List<CountingTransport> transports = new ArrayList<>();
            List<ConnectionWriter> writers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                CountingTransport transport = new CountingTransport();
                Backlog backlog = new Backlog(10, 1 << 20, new QueuedBytes(1 << 30));
                ConnectionWriter writer = new ConnectionWriter(transport, backlog, dispatcher, Event::frame, reason -> { });
                writer.begin();
                backlog.addLive(new Event("s", i + 1, "m", "x", 0L));
                transports.add(transport);
                writers.add(writer);
            }
            CountDownLatch go = new CountDownLatch(1);
            Thread asker = new Thread(() -> {
                awaitQuietly(go);
                writers.forEach(ConnectionWriter::writeSoon);
            });
            asker.start();
            go.countDown();
            dispatcher.stop(1000);
            asker.join(5000);

            for (int i = 0; i < transports.size(); i++) {
                CountingTransport transport = transports.get(i);
                assertTrue(transport.writes.get() == 1 || transport.completions.get() == 1,
                        "round " + round + ", connection " + i + " was stranded: neither written nor ended");
            }
            assertEquals(false, dispatcher.hasWrites(), "nothing is left in the queue");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
