package org.ssehub.stream;

import java.nio.charset.StandardCharsets;

/**
 * The text/event-stream encoding. Data is split on CR, LF and CRLF into one {@code data:} line each,
 * so a client always reads back the published text with LF line ends, whatever container writes it.
 */
public final class Frames {

    private static final byte[] ID = "id: ".getBytes(StandardCharsets.US_ASCII);

    private Frames() {
    }

    /**
     * The {@code event:} and {@code data:} lines and the closing blank line: an event's body, or on
     * its own a control event without an id (the browser keeps its last id).
     */
    public static byte[] body(String type, String data) {
        StringBuilder text = new StringBuilder(type.length() + data.length() + 24);
        text.append("event: ").append(type).append('\n');
        int start = 0;
        int length = data.length();
        for (int i = 0; i < length; i++) {
            char c = data.charAt(i);
            if (c == '\r' || c == '\n') {
                text.append("data: ").append(data, start, i).append('\n');
                if (c == '\r' && i + 1 < length && data.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        text.append("data: ").append(data, start, length).append("\n\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Prefixes an encoded body with an {@code id:} line. */
    public static byte[] withId(String id, byte[] body) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[ID.length + idBytes.length + 1 + body.length];
        System.arraycopy(ID, 0, frame, 0, ID.length);
        System.arraycopy(idBytes, 0, frame, ID.length, idBytes.length);
        frame[ID.length + idBytes.length] = '\n';
        System.arraycopy(body, 0, frame, ID.length + idBytes.length + 1, body.length);
        return frame;
    }

    /** The {@code retry:} frame that opens every stream. */
    public static byte[] retry(long millis) {
        return ("retry: " + millis + "\n\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A comment frame: keeps idle connections alive and finds dead ones. */
    public static byte[] comment(String text) {
        return (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
