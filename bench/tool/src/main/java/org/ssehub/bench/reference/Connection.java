package org.ssehub.bench.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;

/**
 * One accepted connection of the reference server: first an HTTP request being read, then either a
 * keep-alive publisher or a subscriber with a bounded backlog of frames the kernel would not take yet.
 */
final class Connection {

    private final SocketChannel channel;
    private final SelectionKey key;
    private byte[] pending = new byte[0];
    private final ArrayDeque<ByteBuffer> backlog = new ArrayDeque<>();
    private long backlogBytes;
    private boolean subscriber;
    private boolean closed;

    Connection(SocketChannel channel, SelectionKey key) {
        this.channel = channel;
        this.key = key;
    }

    SocketChannel channel() {
        return channel;
    }

    boolean isSubscriber() {
        return subscriber;
    }

    void becomeSubscriber() {
        subscriber = true;
        pending = null;
    }

    boolean closed() {
        return closed;
    }

    /** Appends bytes read from the socket to the request bytes not consumed yet, and returns them. */
    byte[] appendRequestBytes(ByteBuffer read) {
        byte[] joined = new byte[pending.length + read.remaining()];
        System.arraycopy(pending, 0, joined, 0, pending.length);
        read.get(joined, pending.length, read.remaining());
        pending = joined;
        return joined;
    }

    void keepRequestBytes(byte[] rest) {
        pending = rest;
    }

    /**
     * Sends {@code frame} (shared, read-only) now or queues it; returns false when the backlog would pass
     * {@code maxBacklog} bytes, i.e. the client is too slow and must be cut off.
     */
    boolean send(ByteBuffer frame, long maxBacklog) {
        if (closed) {
            return false;
        }
        ByteBuffer view = frame.duplicate();
        try {
            if (backlog.isEmpty()) {
                channel.write(view);
                if (!view.hasRemaining()) {
                    return true;
                }
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            }
            backlog.add(view);
            backlogBytes += view.remaining();
            return backlogBytes <= maxBacklog;
        } catch (IOException e) {
            return false;
        }
    }

    /** OP_WRITE fired: flush the backlog; returns false when the connection broke. */
    boolean flush() {
        try {
            while (!backlog.isEmpty()) {
                ByteBuffer head = backlog.peek();
                int written = channel.write(head);
                backlogBytes -= written;
                if (head.hasRemaining()) {
                    return true;
                }
                backlog.poll();
            }
            key.interestOps(SelectionKey.OP_READ);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Leaves this thread's selector without closing the socket: a fan-out worker takes it over. */
    void detach() {
        key.cancel();
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        backlog.clear();
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
