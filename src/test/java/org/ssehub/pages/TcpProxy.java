package org.ssehub.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a free loopback port in front of the hub, so a test can cut the browser's connection
 * and restore it while the hub itself keeps running (and keeps taking publishes on its own port).
 *
 * <p>{@link Cut#DROP} closes every open connection and every new one at once: the network fails, and
 * the browser's EventSource retries by itself. {@link Cut#UNAVAILABLE} closes the open ones and answers
 * new requests {@code 503}, as while the hub is redeployed: the browser's EventSource gives up then, and
 * the page has to reconnect by itself.
 */
public final class TcpProxy implements AutoCloseable {

    public enum Cut { DROP, UNAVAILABLE }

    private final InetSocketAddress target;
    private final ServerSocket server;
    private final ExecutorService threads;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile Cut cut;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.target = new InetSocketAddress(targetHost, targetPort);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        threads.execute(this::acceptLoop);
    }

    public int port() {
        return server.getLocalPort();
    }

    public int accepted() {
        return accepted.get();
    }

    /** Cuts every open connection; until {@link #restore()}, new ones fail as the mode says. */
    public void cut(Cut mode) {
        this.cut = mode;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    public void restore() {
        this.cut = null;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                accepted.incrementAndGet();
                Cut mode = cut;
                if (mode == Cut.DROP) {
                    closeQuietly(client);
                } else if (mode == Cut.UNAVAILABLE) {
                    threads.execute(() -> answerUnavailable(client));
                } else {
                    threads.execute(() -> connect(client));
                }
            } catch (IOException e) {
                if (!server.isClosed()) {
                    System.err.println("test proxy: accept failed: " + e);
                }
            }
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 10_000);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        if (cut != null) { // cut while connecting
            cut(cut);
            return;
        }
        threads.execute(() -> pump(client, upstream));
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // one side went away: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void answerUnavailable(Socket client) {
        try (client) {
            client.setSoTimeout(5_000);
            InputStream in = client.getInputStream();
            // Read the request head, then answer as a container with no application at that path would.
            int state = 0;
            for (int b; state < 4 && (b = in.read()) >= 0; ) {
                state = (b == '\r' || b == '\n') ? state + 1 : 0;
            }
            String body = "hub unavailable (test proxy)";
            client.getOutputStream().write(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        } catch (IOException ignored) {
            // the browser gave up first
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            if (socket.isConnected() && !socket.isClosed()) {
                socket.setSoLinger(true, 0); // reset, as a dead network would look
            }
            socket.close();
        } catch (SocketException ignored) {
            // already closed
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(TcpProxy::closeQuietly);
        threads.shutdownNow();
        if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.println("test proxy: threads still running after close");
        }
    }
}
