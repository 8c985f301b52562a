package org.ssehub.it.support;

/**
 * One parsed text/event-stream block: an event (id, event, data), a {@code retry:} frame, or a
 * comment. {@code data} joins the block's {@code data:} lines with LF, as a browser does.
 */
public record Frame(String id, String event, String data, String retry, String comment) {

    public boolean isEvent() {
        return data != null;
    }

    public boolean isComment() {
        return comment != null && data == null && retry == null;
    }

    public long idAsLong() {
        return Long.parseLong(id);
    }
}
