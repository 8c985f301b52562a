package org.ssehub.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

/** One selector thread driving a share of the pool's connections; started and stopped by the pool. */
final class ClientLoop implements Runnable {

    private final Selector selector;
    private final Queue<SseClient> incoming = new ConcurrentLinkedQueue<>();
    private final List<SseClient> clients = new ArrayList<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    private final DeliveryRecorder recorder = new DeliveryRecorder();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running = true;

    ClientLoop() {
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DeliveryRecorder recorder() {
        return recorder;
    }

    void add(SseClient client) {
        incoming.add(client);
        selector.wakeup();
    }

    @Override
    public void run() {
        try {
            while (running) {
                registerIncoming();
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeAll();
            stopped.countDown();
        }
    }

    private void registerIncoming() {
        SseClient client;
        while ((client = incoming.poll()) != null) {
            clients.add(client);
            try {
                client.channel().register(selector, SelectionKey.OP_CONNECT, client);
            } catch (ClosedChannelException e) {
                client.fail();
            }
        }
    }

    private void handle(SelectionKey key) {
        SseClient client = (SseClient) key.attachment();
        if (!key.isValid()) {
            return;
        }
        if (key.isConnectable()) {
            client.connectable(key);
        } else if (key.isWritable()) {
            client.writable(key);
        } else if (key.isReadable()) {
            client.readable(readBuffer);
        }
    }

    private void closeAll() {
        for (SseClient client : clients) {
            client.close();
        }
        SseClient client;
        while ((client = incoming.poll()) != null) {
            client.close();
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
        stopped.await();
    }
}
