package org.ssehub.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Many SSE clients on one thread: plain sockets and a selector, so a test can hold hundreds of
 * connections without a thread each. Bodies are de-chunked; text is read as ASCII. Each client notes the frames it reads (the last {@code id:},
 * every {@code retry:}, any {@code hub-reset}) and when the server closed it.
 */
public final class RawClients implements AutoCloseable {

    /** One connection and what it saw. */
    public static final class Client {
        public final int index;
        public final String stream;
        private final SocketChannel channel;
        private final StringBuilder text = new StringBuilder();
        public String status;
        public String lastId;
        public final List<String> ids = new ArrayList<>();
        public final List<Long> retries = new ArrayList<>();
        public boolean reset;
        /** When the server ended the stream (its last chunk, or the socket's end; System.nanoTime()), 0 while open. */
        public long closedAtNanos;

        Client(int index, String stream, SocketChannel channel) {
            this.index = index;
            this.stream = stream;
            this.channel = channel;
        }

        private final StringBuilder raw = new StringBuilder();
        private boolean chunked;
        private int chunkLeft = -1;

        void read(String received) {
            raw.append(received);
            if (status == null) {
                int end = raw.indexOf("\r\n\r\n");
                if (end < 0) {
                    return;
                }
                String head = raw.substring(0, end);
                status = head.substring(0, head.indexOf("\r\n") < 0 ? head.length() : head.indexOf("\r\n"));
                chunked = head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked");
                raw.delete(0, end + 4);
            }
            if (!chunked) {
                text.append(raw);
                raw.setLength(0);
            }
            while (chunked) {
                if (chunkLeft < 0) {
                    int eol = raw.indexOf("\r\n");
                    if (eol < 0) {
                        break;
                    }
                    String size = raw.substring(0, eol).trim();
                    raw.delete(0, eol + 2);
                    chunkLeft = size.isEmpty() ? 0 : Integer.parseInt(size.split(";")[0], 16);
                    if (chunkLeft == 0) {
                        chunked = false; // the last chunk: the server ended the stream (the socket may stay open)
                        raw.setLength(0);
                        ended();
                        break;
                    }
                }
                if (raw.length() < chunkLeft + 2) {
                    break;
                }
                text.append(raw, 0, chunkLeft);
                raw.delete(0, chunkLeft + 2);
                chunkLeft = -1;
            }
            lines();
        }

        void ended() {
            if (closedAtNanos == 0) {
                closedAtNanos = System.nanoTime();
            }
        }

        private void lines() {
            int newline;
            while ((newline = text.indexOf("\n")) >= 0) {
                String line = text.substring(0, newline).replace("\r", "");
                text.delete(0, newline + 1);
                if (line.startsWith("id:")) {
                    lastId = line.substring(3).trim();
                    ids.add(lastId);
                } else if (line.startsWith("retry:")) {
                    retries.add(Long.parseLong(line.substring(6).trim()));
                } else if (line.equals("event: hub-reset")) {
                    reset = true;
                }
            }
        }
    }

    private final Selector selector;
    private final List<Client> clients = new ArrayList<>();
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    public RawClients() throws IOException {
        selector = Selector.open();
    }

    public List<Client> clients() {
        return clients;
    }

    /**
     * Opens {@code count} streams; {@code streamOf(i)} is the stream of client {@code i},
     * {@code lastIdOf(i)} its Last-Event-ID or null.
     */
    public void open(URI root, int count, Function<Integer, String> streamOf, Function<Integer, String> lastIdOf) throws IOException {
        for (int i = 0; i < count; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(root.getHost(), root.getPort()));
            String stream = streamOf.apply(i);
            String lastId = lastIdOf.apply(i);
            String request = "GET " + root.getPath() + "api/events?stream=" + stream + " HTTP/1.1\r\nHost: "
                    + root.getHost() + ":" + root.getPort() + "\r\nAccept: text/event-stream\r\n"
                    + (lastId == null ? "" : "Last-Event-ID: " + lastId + "\r\n") + "\r\n";
            channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            Client client = new Client(clients.size(), stream, channel);
            channel.register(selector, SelectionKey.OP_READ, client);
            clients.add(client);
        }
    }

    /** Reads until every client satisfies {@code done} or the time is up; returns whether they all did. */
    public boolean readUntil(long timeoutMillis, Predicate<Client> done) throws IOException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!clients.stream().allMatch(done)) {
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                return false;
            }
            selector.select(Math.min(left, 100));
            for (SelectionKey key : selector.selectedKeys()) {
                Client client = (Client) key.attachment();
                buffer.clear();
                int read;
                try {
                    read = client.channel.read(buffer);
                } catch (IOException e) {
                    read = -1;
                }
                if (read < 0) {
                    client.ended();
                    key.cancel();
                    client.channel.close();
                } else {
                    client.read(new String(buffer.array(), 0, read, StandardCharsets.ISO_8859_1));
                }
            }
            selector.selectedKeys().clear();
        }
        return true;
    }

    /**
     * Keeps reading (so no client's socket fills up) while {@code waiting} holds, checked every
     * quarter second; fails with {@code why} once {@code timeout} has passed.
     */
    public void readWhile(Duration timeout, BooleanSupplier waiting, Supplier<String> why) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (waiting.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout + ": " + why.get());
            }
            readUntil(250, client -> false);
        }
    }

    /** {@link #readUntil} for another thread: a failed read counts as not done. */
    public boolean readQuietly(long timeoutMillis, Predicate<Client> done) {
        try {
            return readUntil(timeoutMillis, done);
        } catch (IOException e) {
            return false;
        }
    }

    /** How many clients have a status, a retry, an id, an end: for failure messages. */
    public String summary() {
        return clients.size() + " clients: " + clients.stream().filter(c -> c.status != null).count() + " answered ("
                + clients.stream().filter(c -> c.status != null && !c.status.contains(" 200")).count() + " not 200), "
                + clients.stream().filter(c -> !c.retries.isEmpty()).count() + " got a retry, "
                + clients.stream().filter(c -> c.lastId != null).count() + " got an id, "
                + clients.stream().filter(c -> c.closedAtNanos != 0).count() + " ended";
    }

    @Override
    public void close() throws IOException {
        for (Client client : clients) {
            client.channel.close();
        }
        selector.close();
    }
}
