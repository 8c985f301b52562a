package org.ssehub.servers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 GET over a plain socket that keeps the response body byte for byte (chunked transfer
 * decoded, nothing else touched), so tests can compare what each server puts on the wire.
 */
final class RawStream implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final boolean chunked;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private long chunkLeft;
    private boolean ended;

    private RawStream(URI uri) throws IOException {
        socket = new Socket();
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        socket.setSoTimeout(15_000);
        in = socket.getInputStream();
        String statusLine = line();
        status = Integer.parseInt(statusLine.split(" ")[1]);
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        chunked = "chunked".equalsIgnoreCase(headers.get("transfer-encoding"));
    }

    static RawStream get(URI uri) throws IOException {
        return new RawStream(uri);
    }

    int status() {
        return status;
    }

    /** A response header by its lower-case name, or "" when absent. */
    String header(String name) {
        return headers.getOrDefault(name, "");
    }

    /** Reads until the body holds at least {@code frames} blank-line-terminated frames, or it ends. */
    String readFrames(int frames, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countFrames() < frames && !ended) {
            long left = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
            if (left <= 0) {
                throw new SocketTimeoutException("only " + countFrames() + " frames within " + timeout + ": " + text());
            }
            socket.setSoTimeout((int) Math.max(1, left));
            readSome();
        }
        return text();
    }

    /** Reads until the server ends the response. */
    String readToEnd(Duration timeout) throws IOException {
        return readFrames(Integer.MAX_VALUE, timeout);
    }

    boolean ended() {
        return ended;
    }

    String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private int countFrames() {
        return text().split("\n\n", -1).length - 1;
    }

    private void readSome() throws IOException {
        if (!chunked) {
            byte[] buffer = new byte[4096];
            int n = in.read(buffer);
            if (n < 0) {
                ended = true;
            } else {
                body.write(buffer, 0, n);
            }
            return;
        }
        if (chunkLeft == 0) {
            String size = line();
            if (size.isEmpty()) {
                size = line(); // the CRLF that closes the previous chunk
            }
            chunkLeft = Long.parseLong(size.split(";")[0].trim(), 16);
            if (chunkLeft == 0) {
                ended = true;
                return;
            }
        }
        byte[] buffer = new byte[(int) Math.min(4096, chunkLeft)];
        int n = in.read(buffer);
        if (n < 0) {
            ended = true;
            return;
        }
        body.write(buffer, 0, n);
        chunkLeft -= n;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (c != '\r') {
                line.write(c);
            }
        }
        if (c == -1 && line.size() == 0) {
            ended = true;
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
