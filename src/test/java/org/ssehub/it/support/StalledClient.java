package org.ssehub.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * A raw socket that subscribes and then never reads: the slow client every hub meets. Its receive
 * buffer is kept small so the server's backlog, not the kernel, has to absorb what it does not take.
 */
public final class StalledClient implements AutoCloseable {

    /**
     * How long after the hub cut a stalled client off its server may keep the socket: the connection
     * closes when the write that waits for the client times out, 20 s on every server as the hub ships
     * and tests them (Tomcat's and TomEE's {@code connectionTimeout}, Payara's transport write timeout).
     */
    public static final int CLOSE_WITHIN_MILLIS = 30_000;

    private final Socket socket = new Socket();

    public StalledClient(URL base, String query) throws IOException {
        this(base, "api/events", query);
    }

    public StalledClient(URL base, String eventsPath, String query) throws IOException {
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + base.getPath() + eventsPath + "?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /**
     * True if the server closes the connection within the time: reads what is left until the end of
     * the stream (or a reset); false if the connection is still open when the time is up.
     */
    public boolean closedByServer(int timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        byte[] sink = new byte[1 << 16];
        try {
            InputStream in = socket.getInputStream();
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                socket.setSoTimeout((int) Math.max(1, left));
                if (in.read(sink) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false; // still open: the server never closed it
        } catch (IOException e) {
            return true; // reset by the server counts as closed
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
