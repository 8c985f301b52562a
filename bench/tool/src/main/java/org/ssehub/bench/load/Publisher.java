package org.ssehub.bench.load;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes benchmark events at a fixed rate over a few keep-alive HTTP connections, one thread each.
 * Event {@code k} is due at {@code start + k / rate}; a thread that falls behind sends at once (so the
 * achieved rate shows the server's publish capacity). Threads are shut down by {@link #close()}.
 */
public final class Publisher implements AutoCloseable {

    private final List<PublishConnection> connections = new ArrayList<>();
    private final ExecutorService threads;
    private final PublishedSequences sequences;

    public Publisher(InetSocketAddress server, String pathAndQuery, int connectionCount) {
        this(server, pathAndQuery, connectionCount, false);
    }

    /** {@code numbered}: every event carries a sequence number and the accepted ones are kept (see {@link #accepted()}). */
    public Publisher(InetSocketAddress server, String pathAndQuery, int connectionCount, boolean numbered) {
        sequences = numbered ? new PublishedSequences() : null;
        for (int i = 0; i < connectionCount; i++) {
            connections.add(new PublishConnection(server, pathAndQuery));
        }
        threads = Executors.newFixedThreadPool(connectionCount, runnable -> {
            Thread thread = new Thread(runnable, "sse-publisher");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The sequence numbers of the events the server accepted (2xx), for {@link SseClientPool#loss}. */
    public BitSet accepted() {
        if (sequences == null) {
            throw new IllegalStateException("not a numbered publisher");
        }
        return sequences.accepted();
    }

    /** Sends one event now (used as a readiness probe); returns the HTTP status or -1. */
    public int publishOnce(int epoch, int payloadBytes) {
        return connections.get(0).publish(EventPayload.create(epoch, System.nanoTime(), payloadBytes));
    }

    /** Publishes at {@code rate} events/s for {@code duration}, tagging every event with {@code epoch}. */
    public PublishResult run(int epoch, double rate, Duration duration, int payloadBytes)
            throws InterruptedException {
        int n = connections.size();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long interval = (long) (n * 1e9 / rate);
        List<Future<long[]>> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PublishConnection connection = connections.get(i);
            long first = start + (long) (i * 1e9 / rate);
            results.add(threads.submit(() -> paced(connection, epoch, first, interval, end, payloadBytes, sequences)));
        }
        long accepted = 0;
        long failed = 0;
        for (Future<long[]> result : results) {
            try {
                long[] counts = result.get();
                accepted += counts[0];
                failed += counts[1];
            } catch (ExecutionException e) {
                throw new IllegalStateException("publisher thread failed", e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new PublishResult(accepted, failed, rate, accepted / seconds, seconds);
    }

    private static long[] paced(PublishConnection connection, int epoch, long first, long interval, long end,
            int payloadBytes, PublishedSequences sequences) {
        long accepted = 0;
        long failed = 0;
        for (long due = first; due < end; due += interval) {
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() >= end) {
                break;
            }
            long sequence = sequences == null ? -1 : sequences.next();
            int status = connection.publish(EventPayload.create(epoch, System.nanoTime(), sequence, payloadBytes));
            if (status >= 200 && status < 300) {
                accepted++;
                if (sequences != null) {
                    sequences.accept(sequence);
                }
            } else {
                failed++;
            }
        }
        return new long[] {accepted, failed};
    }

    @Override
    public void close() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        for (PublishConnection connection : connections) {
            connection.close();
        }
    }
}
