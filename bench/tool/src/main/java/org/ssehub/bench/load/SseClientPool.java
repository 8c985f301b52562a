package org.ssehub.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Thousands of SSE subscribers on a few selector threads. {@link #connect} opens connections at a bounded
 * number in flight, waits until each got its response head (or failed), and returns; the loops keep
 * reading and recording events until {@link #close()}, which closes every connection and joins every thread.
 */
public final class SseClientPool implements AutoCloseable {

    private static final int MAX_IN_FLIGHT = 500;

    private final ClientLoop[] loops;
    private final Thread[] threads;
    private final ConnectionCounters counters = new ConnectionCounters();
    private final List<SseClient> all = new ArrayList<>();
    private int next;
    private int timedOut;

    public SseClientPool(int threadCount) {
        loops = new ClientLoop[threadCount];
        threads = new Thread[threadCount];
        for (int i = 0; i < threadCount; i++) {
            loops[i] = new ClientLoop();
            threads[i] = new Thread(loops[i], "sse-client-" + i);
            threads[i].setDaemon(true);
            threads[i].start();
        }
    }

    /**
     * Opens {@code count} more subscriptions of {@code pathAndQuery}; returns when all are settled or
     * {@code timeout} passed (the unsettled ones are then closed and counted as failed).
     */
    public void connect(InetSocketAddress server, String pathAndQuery, int count, Duration timeout)
            throws InterruptedException {
        byte[] request = request(server, pathAndQuery);
        long deadline = System.nanoTime() + timeout.toNanos();
        int from = all.size();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            while (unsettled(from) >= MAX_IN_FLIGHT && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            open(server, request, System.nanoTime());
        }
        awaitSettled(from, deadline);
    }

    /**
     * Opens {@code count} more subscriptions at a fixed arrival rate, open loop: connection {@code i} is
     * due {@code i / perSecond} s after the start whatever the server answered so far (as new visitors
     * arrive), and its connect latency counts from then. Returns when all are settled or {@code timeout}
     * passed; {@link #connectLatencies} then holds each 200's time from due to response head.
     */
    public void connectAtRate(InetSocketAddress server, String pathAndQuery, int count, int perSecond, Duration timeout)
            throws InterruptedException {
        byte[] request = request(server, pathAndQuery);
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int from = all.size();
        for (int i = 0; i < count && System.nanoTime() < deadline; i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            open(server, request, due);
        }
        awaitSettled(from, deadline);
    }

    /** Connect latencies of the subscriptions {@code from} (inclusive) to {@code to} (exclusive) that got a 200. */
    public LatencyHistogram connectLatencies(int from, int to) {
        LatencyHistogram histogram = new LatencyHistogram();
        for (int i = from; i < to; i++) {
            long micros = all.get(i).connectMicros();
            if (micros >= 0) {
                histogram.record(micros);
            }
        }
        return histogram;
    }

    private static byte[] request(InetSocketAddress server, String pathAndQuery) {
        return ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nAccept: text/event-stream\r\nCache-Control: no-cache\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Starts one non-blocking connect on the next loop; a connect refused at once counts as failed. */
    private void open(InetSocketAddress server, byte[] request, long dueNanos) {
        ClientLoop loop = loops[next++ % loops.length];
        SseClient client;
        try {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            client = new SseClient(channel, ByteBuffer.wrap(request), loop.recorder(), counters, dueNanos);
            all.add(client);
            channel.connect(server);
        } catch (IOException e) {
            counters.onFailed();
            return;
        }
        loop.add(client);
    }

    /** Waits until the subscriptions from {@code from} on are settled; the ones still unsettled at the deadline failed. */
    private void awaitSettled(int from, long deadline) throws InterruptedException {
        while (unsettled(from) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        timedOut += unsettled(from);
    }

    private int unsettled(int from) {
        int n = 0;
        for (int i = from; i < all.size(); i++) {
            if (!all.get(i).settled()) {
                n++;
            }
        }
        return n;
    }

    public int attempted() {
        return all.size();
    }

    public int established() {
        return counters.established();
    }

    /** Refused, dropped before the response head, answered with a non-200, or not settled in time. */
    public int failed() {
        return counters.failed() + timedOut;
    }

    public int closedByServer() {
        return counters.closedByServer();
    }

    /** Connections that got their 200 and are still open. */
    public int open() {
        return counters.established() - counters.closedByServer();
    }

    /** Events of {@code epoch} received so far by all subscribers, with their latencies. */
    public EpochStats stats(int epoch) {
        EpochStats sum = new EpochStats();
        for (ClientLoop loop : loops) {
            loop.recorder().addTo(epoch, sum);
        }
        return sum;
    }

    public long delivered(int epoch) {
        return stats(epoch).delivered();
    }

    /** Benchmark events received so far, all epochs. */
    public long deliveredTotal() {
        long n = 0;
        for (ClientLoop loop : loops) {
            n += loop.recorder().delivered();
        }
        return n;
    }

    /**
     * Loss of a numbered publisher's {@code accepted} events over every subscriber that got its 200 (one cut
     * off by the server counts what it missed after).
     */
    public Loss loss(BitSet accepted) {
        int subscribers = 0;
        long missing = 0;
        long duplicates = 0;
        int affected = 0;
        for (SseClient client : all) {
            if (!client.established()) {
                continue;
            }
            subscribers++;
            long m = client.loss().missing(accepted);
            long d = client.loss().duplicates();
            missing += m;
            duplicates += d;
            affected += m + d > 0 ? 1 : 0;
        }
        return new Loss(subscribers, missing, duplicates, affected);
    }

    public long foreignEvents() {
        long n = 0;
        for (ClientLoop loop : loops) {
            n += loop.recorder().foreign();
        }
        return n;
    }

    public long comments() {
        long n = 0;
        for (ClientLoop loop : loops) {
            n += loop.recorder().comments();
        }
        return n;
    }

    @Override
    public void close() throws InterruptedException {
        for (ClientLoop loop : loops) {
            loop.stop();
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
