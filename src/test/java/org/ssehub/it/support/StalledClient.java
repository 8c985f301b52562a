package org.ssehub.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * A raw socket that subscribes and then never reads: the slow client every hub meets. Its receive
 * buffer is kept small so the server's backlog, not the kernel, has to absorb what it does not take.
 */
public final class StalledClient implements AutoCloseable {

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

    /** True once the server has closed the connection (reads what is left until the end). */
    public boolean closedByServer(int timeoutMillis) {
        try {
            socket.setSoTimeout(timeoutMillis);
            InputStream in = socket.getInputStream();
            byte[] sink = new byte[1 << 16];
            long deadline = System.currentTimeMillis() + timeoutMillis;
            while (System.currentTimeMillis() < deadline) {
                if (in.read(sink) < 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // reset by the server counts as closed
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
