package org.ssehub.bench.reference;

import java.nio.charset.StandardCharsets;

/** SSE and HTTP bytes of the reference server. */
final class Frames {

    static final byte[] SUBSCRIBED = ("HTTP/1.1 200 OK\r\n"
            + "Content-Type: text/event-stream;charset=UTF-8\r\n"
            + "Cache-Control: no-cache\r\n"
            + "Connection: close\r\n\r\n"
            + "retry: 3000\n\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] NO_CONTENT = "HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] NOT_FOUND = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private Frames() {
    }

    /** {@code id}, {@code event} and one {@code data:} line per line of {@code data} (split on CR, LF, CRLF). */
    static byte[] event(long id, String type, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 64);
        frame.append("id: ").append(id).append("\nevent: ").append(type).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return frame.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
