package org.ssehub.bench.load;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** One keep-alive HTTP/1.1 connection that POSTs events and reads each response; reconnects when closed. */
final class PublishConnection implements AutoCloseable {

    private static final int TIMEOUT_MS = 5_000;

    private final InetSocketAddress server;
    private final byte[] requestHead;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    PublishConnection(InetSocketAddress server, String pathAndQuery) {
        this.server = server;
        this.requestHead = ("POST " + pathAndQuery + " HTTP/1.1\r\nHost: " + server.getHostString() + ":" + server.getPort()
                + "\r\nContent-Type: text/plain;charset=UTF-8\r\nContent-Length: ").getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends one event; returns the response status, or -1 when the exchange failed (the connection is reset). */
    int publish(byte[] body) {
        try {
            if (socket == null) {
                open();
            }
            byte[] length = (body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = new byte[requestHead.length + length.length + body.length];
            System.arraycopy(requestHead, 0, request, 0, requestHead.length);
            System.arraycopy(length, 0, request, requestHead.length, length.length);
            System.arraycopy(body, 0, request, requestHead.length + length.length, body.length);
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            return -1;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.connect(server, TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = socket.getOutputStream();
    }

    private int readResponse() throws IOException {
        String status = readLine();
        int code = Integer.parseInt(status.substring(9, 12));
        long contentLength = 0;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = readLine(); !header.isEmpty(); header = readLine()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closeAfter = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(readLine().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(readLine().split(";")[0].trim(), 16)) {
                skip(size);
                readLine();
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        } else {
            skip(contentLength);
        }
        if (closeAfter) {
            close();
        }
        return code;
    }

    private void skip(long n) throws IOException {
        for (long left = n; left > 0; left--) {
            if (in.read() < 0) {
                throw new IOException("closed in body");
            }
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("closed in response");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // reconnecting or done
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
