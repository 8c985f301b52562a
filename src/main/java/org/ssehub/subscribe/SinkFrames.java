package org.ssehub.subscribe;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a {@link ConnectionWriter} writes (whole frames the hub encoded, {@link org.ssehub.stream.Frames})
 * back into JAX-RS events for an {@code SseEventSink}, so a sink gets the same fields as a servlet
 * connection. The runtimes write events differently, and this hides it:
 * <ul>
 * <li>Jersey splits {@code data} on LF itself, and writes {@code retry:} only for an event with data
 * (so the opening retry frame carries empty data, which Jersey writes as no {@code data:} line);</li>
 * <li>CXF writes {@code data} as given after one {@code data: }, so a multi-line text is joined here with
 * {@code LF data: }, and writes {@code retry:} on its own.</li>
 * </ul>
 */
final class SinkFrames {

    private final Sse sse;
    private final boolean runtimeSplitsData;

    /** @param runtimeSplitsData whether the runtime writes a data text with LFs as several lines (Jersey) */
    SinkFrames(Sse sse, boolean runtimeSplitsData) {
        this.sse = sse;
        this.runtimeSplitsData = runtimeSplitsData;
    }

    /** For the runtime that made {@code sse}: CXF's writes data unsplit; the others (Jersey) split it. */
    static SinkFrames forRuntime(Sse sse) {
        return new SinkFrames(sse, !sse.getClass().getName().startsWith("org.apache.cxf."));
    }

    /** The frames of a chunk, in order; an empty chunk (a probe write) has none. */
    List<OutboundSseEvent> events(byte[] chunk) {
        List<OutboundSseEvent> events = new ArrayList<>();
        String id = null;
        String type = null;
        StringBuilder data = null;
        String retry = null;
        String comment = null;
        for (String line : new String(chunk, StandardCharsets.UTF_8).split("\n", -1)) {
            if (line.isEmpty()) {
                if (id != null || type != null || data != null || retry != null || comment != null) {
                    events.add(event(id, type, data, retry, comment));
                }
                id = null;
                type = null;
                data = null;
                retry = null;
                comment = null;
            } else if (line.startsWith(": ")) {
                comment = line.substring(2);
            } else if (line.startsWith("id: ")) {
                id = line.substring(4);
            } else if (line.startsWith("event: ")) {
                type = line.substring(7);
            } else if (line.startsWith("retry: ")) {
                retry = line.substring(7);
            } else if (line.startsWith("data: ")) {
                String value = line.substring(6);
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append(runtimeSplitsData ? "\n" : "\ndata: ").append(value);
                }
            }
        }
        return events;
    }

    private OutboundSseEvent event(String id, String type, StringBuilder data, String retry, String comment) {
        OutboundSseEvent.Builder event = sse.newEventBuilder();
        if (comment != null) {
            event.comment(comment);
        }
        if (retry != null) {
            event.reconnectDelay(Long.parseLong(retry));
            if (data == null && runtimeSplitsData) {
                event.data(String.class, "");
            }
        }
        if (id != null) {
            event.id(id);
        }
        if (type != null) {
            event.name(type);
        }
        if (data != null) {
            event.data(String.class, data.toString());
        }
        return event.build();
    }
}
