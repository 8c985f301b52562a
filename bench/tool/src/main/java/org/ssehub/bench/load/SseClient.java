package org.ssehub.bench.load;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/** One subscriber connection, driven by exactly one {@link ClientLoop} thread. */
final class SseClient implements SseStreamDecoder.Listener {

    private final SocketChannel channel;
    private final ByteBuffer request;
    private final SseStreamDecoder decoder = new SseStreamDecoder(this);
    private final DeliveryRecorder recorder;
    private final ConnectionCounters counters;
    private final LossCounter loss = new LossCounter();
    private volatile boolean established;
    private volatile boolean closed;
    /** When the connect was due (System.nanoTime()): what a connect's latency counts from. */
    private final long dueNanos;
    /** When the response head arrived, 0 before. */
    private volatile long headNanos;

    SseClient(SocketChannel channel, ByteBuffer request, DeliveryRecorder recorder, ConnectionCounters counters, long dueNanos) {
        this.channel = channel;
        this.request = request;
        this.recorder = recorder;
        this.counters = counters;
        this.dueNanos = dueNanos;
    }

    /** Microseconds from when the connect was due to the 200's head; -1 when there was no 200. */
    long connectMicros() {
        return established ? (headNanos - dueNanos) / 1_000 : -1;
    }

    LossCounter loss() {
        return loss;
    }

    boolean established() {
        return established;
    }

    SocketChannel channel() {
        return channel;
    }

    /** OP_CONNECT fired: finish the connect and send the request. */
    void connectable(SelectionKey key) {
        try {
            if (channel.finishConnect()) {
                channel.write(request);
                key.interestOps(request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            fail();
        }
    }

    void writable(SelectionKey key) {
        try {
            channel.write(request);
            if (!request.hasRemaining()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        } catch (IOException e) {
            fail();
        }
    }

    void readable(ByteBuffer buffer) {
        try {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                fail();
                return;
            }
            buffer.flip();
            if (!decoder.feed(buffer)) {
                fail();
            }
        } catch (IOException e) {
            fail();
        }
    }

    @Override
    public void headers(int status) {
        if (status == 200) {
            headNanos = System.nanoTime();
            established = true;
            counters.onEstablished();
        }
    }

    @Override
    public void event(int epoch, long sentNanos, long sequence) {
        recorder.event(epoch, sentNanos, System.nanoTime());
        loss.record(sequence);
    }

    @Override
    public void foreignEvent() {
        recorder.foreignEvent();
    }

    @Override
    public void comment() {
        recorder.comment();
    }

    /** The server refused, dropped or ended the connection, or the client gave up on it. */
    void fail() {
        if (closed) {
            return;
        }
        if (established) {
            counters.onClosedByServer();
        } else {
            counters.onFailed();
        }
        close();
    }

    /** Closes with RST (linger 0) so 19k closed connections leave no TIME_WAIT behind. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel.isOpen()) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
        } catch (IOException | RuntimeException ignored) {
            // not connected: nothing to linger
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    boolean settled() {
        return established || closed;
    }
}
