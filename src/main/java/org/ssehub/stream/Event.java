package org.ssehub.stream;

import java.nio.charset.StandardCharsets;

/**
 * One published event. Its wire form is encoded once, here, and shared by every subscriber:
 * {@link #body()} is the {@code event:} and {@code data:} lines with the closing blank line, and
 * {@link #frame()} is the same preceded by the {@code id:} line.
 */
public final class Event {

    private final String stream;
    private final long id;
    private final String type;
    private final String data;
    private final long publishedAtMillis;
    private final byte[] body;
    private final byte[] frame;
    private final int footprint;
    private final boolean control;

    public Event(String stream, long id, String type, String data, long publishedAtMillis) {
        this(stream, id, type, data, publishedAtMillis, false);
    }

    /**
     * A control event for live subscribers, such as the {@code hub-reset} a cluster node sends when it
     * cannot prove there is no gap: written without an {@code id:} line (the client keeps its last id),
     * and with an id above every start position, so no subscriber takes it for part of its replay.
     */
    public static Event control(String stream, String type, String data, long nowMillis) {
        return new Event(stream, Long.MAX_VALUE, type, data, nowMillis, true);
    }

    private Event(String stream, long id, String type, String data, long publishedAtMillis, boolean control) {
        this.control = control;
        this.stream = stream;
        this.id = id;
        this.type = type;
        this.data = data;
        this.publishedAtMillis = publishedAtMillis;
        this.body = Frames.body(type, data);
        this.frame = control ? body : Frames.withId(Long.toString(id), body);
        this.footprint = frame.length + body.length + textBytes(data) + OVERHEAD;
    }

    /** Object headers and fields of an event, its arrays and its text: an estimate, on the high side. */
    private static final int OVERHEAD = 128;

    /** What the JVM keeps for this text: one byte a character if all are Latin-1 (compact strings), else two. */
    private static int textBytes(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return 2 * text.length();
            }
        }
        return text.length();
    }

    public String stream() {
        return stream;
    }

    public long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String data() {
        return data;
    }

    /** See {@link #control}: its {@link #frame()} has no id line, and it moves no client's position. */
    public boolean isControl() {
        return control;
    }

    public long publishedAtMillis() {
        return publishedAtMillis;
    }

    /** {@code event:} + {@code data:} lines + blank line, UTF-8; shared, never modify. */
    public byte[] body() {
        return body;
    }

    /** {@code id:} line + {@link #body()}; shared, never modify. */
    public byte[] frame() {
        return frame;
    }

    /** Bytes this event occupies in a subscriber's backlog. */
    public int size() {
        return frame.length;
    }

    /** Memory this event holds while a history retains it: its frame, its body and its text. */
    public int footprint() {
        return footprint;
    }

    @Override
    public String toString() {
        return stream + "#" + id + " " + type + " (" + data.getBytes(StandardCharsets.UTF_8).length + " bytes)";
    }
}
