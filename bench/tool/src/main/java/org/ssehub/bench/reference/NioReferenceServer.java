package org.ssehub.bench.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A minimal SSE broadcaster: one thread accepts and reads requests; {@code GET /api/events?stream=S} (also
 * at {@code /api/rs/events}, so the tool's smoke test covers the hub-rs target's paths) hands
 * the connection to one of {@code workers} fan-out threads (round-robin), {@code POST
 * /api/publish?stream=S&type=T} (keep-alive) encodes the frame once, queues it to every worker and answers
 * 204 at once. A subscriber
 * whose unsent backlog passes {@code maxBacklog} bytes (beyond a {@value #SEND_BUFFER}-byte kernel send
 * buffer) is cut off. {@link #close()} stops and joins every thread.
 */
public final class NioReferenceServer implements AutoCloseable {

    /** Backlog per subscriber before it is cut off, on top of what the kernel buffers. */
    public static final long DEFAULT_MAX_BACKLOG = 256 * 1024;
    /**
     * Kernel send buffer per connection. Fixed (which turns off Linux's autotuning, up to 4 MiB here) so a
     * stalled client fills its share in seconds, not minutes: the kernel is part of the slow-client policy.
     */
    public static final int SEND_BUFFER = 64 * 1024;

    private static final Logger LOG = Logger.getLogger(NioReferenceServer.class.getName());
    private static final int MAX_REQUEST = 16 * 1024 + 64 * 1024;

    private final ServerSocketChannel server;
    private final Selector selector;
    private final long maxBacklog;
    private final Map<String, Long> lastIds = new HashMap<>();
    private final FanOutWorker[] workers;
    private final Thread[] workerThreads;
    private int nextWorker;
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;

    private NioReferenceServer(InetSocketAddress bind, long maxBacklog, int workerCount) throws IOException {
        this.maxBacklog = maxBacklog;
        this.workers = new FanOutWorker[workerCount];
        this.workerThreads = new Thread[workerCount];
        for (int i = 0; i < workerCount; i++) {
            workers[i] = new FanOutWorker(maxBacklog);
            workerThreads[i] = new Thread(workers[i], "nio-reference-fanout-" + i);
        }
        this.selector = Selector.open();
        this.server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(bind, 4096);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
        this.thread = new Thread(this::loop, "nio-reference");
    }

    /** Binds {@code bind} and starts serving with one fan-out thread per core. */
    public static NioReferenceServer start(InetSocketAddress bind, long maxBacklog) throws IOException {
        return start(bind, maxBacklog, Runtime.getRuntime().availableProcessors());
    }

    /** Binds {@code bind} and starts serving: the request thread and {@code workerCount} fan-out threads. */
    public static NioReferenceServer start(InetSocketAddress bind, long maxBacklog, int workerCount) throws IOException {
        NioReferenceServer reference = new NioReferenceServer(bind, maxBacklog, workerCount);
        for (Thread worker : reference.workerThreads) {
            worker.start();
        }
        reference.thread.start();
        return reference;
    }

    public int port() {
        return server.socket().getLocalPort();
    }

    private void loop() {
        try {
            while (running) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) {
                        handle(key);
                    }
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "reference server loop failed", e);
        } finally {
            closeAll();
            stopped.countDown();
        }
    }

    private void handle(SelectionKey key) throws IOException {
        if (key.isAcceptable()) {
            accept();
            return;
        }
        Connection connection = (Connection) key.attachment();
        if (key.isWritable() && !connection.flush()) {
            connection.close();
            return;
        }
        if (key.isValid() && key.isReadable()) {
            read(connection);
        }
    }

    private void accept() throws IOException {
        for (SocketChannel channel = server.accept(); channel != null; channel = server.accept()) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SEND_BUFFER);
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            key.attach(new Connection(channel, key));
        }
    }

    private void read(Connection connection) {
        readBuffer.clear();
        int n;
        try {
            n = connection.channel().read(readBuffer);
        } catch (IOException e) {
            n = -1;
        }
        if (n < 0) {
            connection.close();
            return;
        }
        if (connection.isSubscriber()) {
            return;
        }
        readBuffer.flip();
        serveRequests(connection, connection.appendRequestBytes(readBuffer));
    }

    /** Serves every complete request in {@code bytes}, keeping an incomplete tail for the next read. */
    private void serveRequests(Connection connection, byte[] bytes) {
        int from = 0;
        while (!connection.closed() && !connection.isSubscriber()) {
            int headEnd = indexOfBlankLine(bytes, from);
            if (headEnd < 0) {
                break;
            }
            Request request = Request.parse(new String(bytes, from, headEnd - from, StandardCharsets.ISO_8859_1));
            int bodyEnd = headEnd + request.contentLength();
            if (bodyEnd > bytes.length) {
                break;
            }
            serve(connection, request, new String(bytes, headEnd, request.contentLength(), StandardCharsets.UTF_8));
            from = bodyEnd;
        }
        if (!connection.isSubscriber()) {
            byte[] rest = Arrays.copyOfRange(bytes, from, bytes.length);
            if (rest.length > MAX_REQUEST) {
                connection.close();
            } else {
                connection.keepRequestBytes(rest);
            }
        }
    }

    private void serve(Connection connection, Request request, String body) {
        if (request.method().equals("GET") && (request.path().equals("/api/events") || request.path().equals("/api/rs/events"))) {
            connection.becomeSubscriber();
            connection.detach();
            workers[nextWorker++ % workers.length].adopt(connection.channel(), request.stream());
        } else if (request.method().equals("POST") && request.path().equals("/api/publish")) {
            long id = lastIds.merge(request.stream(), 1L, Long::sum);
            byte[] frame = Frames.event(id, request.type(), body);
            for (FanOutWorker worker : workers) {
                worker.publish(request.stream(), frame);
            }
            send(connection, Frames.NO_CONTENT);
        } else {
            send(connection, Frames.NOT_FOUND);
            connection.close();
        }
    }

    private void send(Connection connection, byte[] bytes) {
        if (!connection.send(ByteBuffer.wrap(bytes), maxBacklog)) {
            connection.close();
        }
    }

    private static int indexOfBlankLine(byte[] bytes, int from) {
        for (int i = from; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private void closeAll() {
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Connection connection) {
                connection.close();
            }
        }
        try {
            server.close();
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        selector.wakeup();
        if (!stopped.await(10, TimeUnit.SECONDS)) {
            LOG.warning("reference server thread did not stop in 10 s");
        }
        thread.join(1_000);
        for (int i = 0; i < workers.length; i++) {
            workers[i].stop();
            workerThreads[i].join(1_000);
        }
    }
}
