package org.ssehub.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Subscribers that connect, send their request and never read: a small receive buffer, so the server
 * sees a full window quickly, as with a client on a dead mobile link. Their fate is read on the server's
 * side of the connection ({@link org.ssehub.bench.proc.TcpTable}).
 */
public final class StalledClients implements AutoCloseable {

    private static final int RECEIVE_BUFFER = 4096;

    private final List<SocketChannel> channels = new ArrayList<>();
    private final List<Integer> localPorts = new ArrayList<>();

    /** Opens {@code count} stalled subscriptions; returns how many got connected. */
    public int connect(InetSocketAddress server, String pathAndQuery, int count) {
        byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            try {
                SocketChannel channel = SocketChannel.open();
                channel.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
                channel.connect(server);
                channel.write(ByteBuffer.wrap(request));
                channels.add(channel);
                localPorts.add(((InetSocketAddress) channel.getLocalAddress()).getPort());
            } catch (IOException e) {
                // counted by the size of localPorts
            }
        }
        return localPorts.size();
    }

    public List<Integer> localPorts() {
        return List.copyOf(localPorts);
    }

    @Override
    public void close() {
        for (SocketChannel channel : channels) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
                channel.close();
            } catch (IOException ignored) {
                // already reset by the server
            }
        }
        channels.clear();
    }
}
