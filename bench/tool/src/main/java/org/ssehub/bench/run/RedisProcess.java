package org.ssehub.bench.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} (Debian's, from the PATH) for the two-node deployment: 127.0.0.1 only, no
 * persistence ({@code --save '' --appendonly no}), ready once it answers PING; {@link #close()} stops it
 * like a server JVM (SIGTERM, then SIGKILL after 20 s).
 */
record RedisProcess(Process process, int port) implements AutoCloseable {

    /** {@code port} 0: a free loopback port. */
    static RedisProcess start(int port, Path dir) throws IOException, InterruptedException {
        int chosen = port > 0 ? port : freePort();
        Files.createDirectories(dir);
        Path log = dir.resolve("redis.log");
        Process process = ServerJvm.start(List.of("redis-server", "--port", Integer.toString(chosen),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString()), dir, log);
        RedisProcess redis = new RedisProcess(process, chosen);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!redis.answersPing()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                redis.close();
                throw new IllegalStateException("redis-server not ready on " + chosen + ", see " + log);
            }
            Thread.sleep(100);
        }
        return redis;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private boolean answersPing() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(5);
            return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        ServerJvm.stop(process);
    }
}
