package org.ssehub.bench.reference;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One fan-out thread of the reference: owns a share of the subscribers (its own selector) and writes every
 * event to them. Commands arrive through a lock-free inbox in order, so a subscriber gets exactly the
 * events published after it was adopted. Events waiting together are coalesced into one write per
 * subscriber, as any server that wants to keep up must.
 */
final class FanOutWorker implements Runnable {

    private record Adopt(SocketChannel channel, String stream) {
    }

    private record Publish(String stream, byte[] frame) {
    }

    private final Selector selector;
    private final long maxBacklog;
    private final Queue<Object> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sleeping = new AtomicBoolean();
    private final Map<String, Stream> streams = new HashMap<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(4096);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    FanOutWorker(long maxBacklog) throws IOException {
        this.selector = Selector.open();
        this.maxBacklog = maxBacklog;
    }

    /** Hands over a subscriber whose request was read; the worker sends the response head. */
    void adopt(SocketChannel channel, String stream) {
        inbox.add(new Adopt(channel, stream));
        wake();
    }

    void publish(String stream, byte[] frame) {
        inbox.add(new Publish(stream, frame));
        wake();
    }

    private void wake() {
        if (sleeping.get()) {
            selector.wakeup();
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                sleeping.set(true);
                if (inbox.isEmpty()) {
                    selector.select(100);
                } else {
                    selector.selectNow();
                }
                sleeping.set(false);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
                drainInbox();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            closeAll();
            stopped.countDown();
        }
    }

    private void handle(SelectionKey key) {
        Connection subscriber = (Connection) key.attachment();
        if (!key.isValid()) {
            return;
        }
        if (key.isWritable() && !subscriber.flush()) {
            subscriber.close();
            return;
        }
        if (key.isValid() && key.isReadable()) {
            readBuffer.clear();
            try {
                if (subscriber.channel().read(readBuffer) < 0) {
                    subscriber.close();
                }
            } catch (IOException e) {
                subscriber.close();
            }
        }
    }

    /** Applies queued commands in order, coalescing consecutive events of a stream into one buffer. */
    private void drainInbox() throws IOException {
        Map<String, ByteArrayOutputStream> batch = new LinkedHashMap<>();
        for (Object command = inbox.poll(); command != null; command = inbox.poll()) {
            if (command instanceof Publish publish) {
                batch.computeIfAbsent(publish.stream(), s -> new ByteArrayOutputStream()).writeBytes(publish.frame());
            } else if (command instanceof Adopt adopt) {
                send(batch);
                batch.clear();
                register(adopt);
            }
        }
        send(batch);
    }

    private void send(Map<String, ByteArrayOutputStream> batch) {
        batch.forEach((name, bytes) -> {
            Stream stream = streams.get(name);
            if (stream != null) {
                stream.write(ByteBuffer.wrap(bytes.toByteArray()).asReadOnlyBuffer(), maxBacklog);
            }
        });
    }

    private void register(Adopt adopt) throws IOException {
        SelectionKey key = adopt.channel().register(selector, SelectionKey.OP_READ);
        Connection subscriber = new Connection(adopt.channel(), key);
        key.attach(subscriber);
        if (subscriber.send(ByteBuffer.wrap(Frames.SUBSCRIBED), maxBacklog)) {
            streams.computeIfAbsent(adopt.stream(), s -> new Stream()).add(subscriber);
        } else {
            subscriber.close();
        }
    }

    private void closeAll() {
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Connection connection) {
                connection.close();
            }
        }
        for (Object command = inbox.poll(); command != null; command = inbox.poll()) {
            if (command instanceof Adopt adopt) {
                try {
                    adopt.channel().close();
                } catch (IOException ignored) {
                    // shutting down
                }
            }
        }
        try {
            selector.close();
        } catch (IOException ignored) {
            // shutting down
        }
    }

    void stop() throws InterruptedException {
        running = false;
        selector.wakeup();
        stopped.await(10, TimeUnit.SECONDS);
    }
}
