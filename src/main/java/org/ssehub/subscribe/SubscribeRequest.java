package org.ssehub.subscribe;

import jakarta.servlet.http.HttpServletRequest;
import org.ssehub.stream.StartPoint;
import org.ssehub.stream.StreamNames;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What a client asks for when it subscribes: which streams, and where each one starts. The
 * {@code Last-Event-ID} header wins over the {@code lastEventId} parameter, and either wins over
 * {@code replay}, so a browser's automatic reconnect resumes instead of replaying again.
 */
record SubscribeRequest(List<String> streams, Optional<LastEventId> lastEventId, StartPoint replay) {

    static final String LAST_EVENT_ID_HEADER = "Last-Event-ID";

    /** @throws IllegalArgumentException with a message fit for a 400 */
    static SubscribeRequest from(HttpServletRequest request, String fixedStream, int maxStreams) {
        List<String> streams = streams(request, fixedStream, maxStreams);
        String header = request.getHeader(LAST_EVENT_ID_HEADER);
        String text = header != null && !header.isBlank() ? header : request.getParameter("lastEventId");
        return new SubscribeRequest(streams, LastEventId.parse(text), replay(request.getParameter("replay")));
    }

    StartPoint startFor(String stream) {
        if (lastEventId.isPresent()) {
            OptionalLong id = lastEventId.get().forStream(stream);
            if (id.isPresent()) {
                return StartPoint.after(id.getAsLong());
            }
        }
        return replay;
    }

    private static List<String> streams(HttpServletRequest request, String fixedStream, int maxStreams) {
        String[] requested = request.getParameterValues("stream");
        if (fixedStream != null || requested == null || requested.length == 0) {
            return List.of(fixedStream != null ? fixedStream : StreamNames.DEFAULT);
        }
        Set<String> names = new LinkedHashSet<>();
        for (String value : requested) {
            names.add(StreamNames.require(value));
        }
        if (names.size() > maxStreams) {
            throw new IllegalArgumentException("too many streams on one connection (at most " + maxStreams + ")");
        }
        return new ArrayList<>(names);
    }

    static StartPoint replay(String value) {
        if (value == null || value.isBlank()) {
            return StartPoint.live();
        }
        if ("all".equals(value.trim())) {
            return StartPoint.all();
        }
        try {
            int count = Integer.parseInt(value.trim());
            if (count > 0) {
                return StartPoint.last(count);
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new IllegalArgumentException("replay must be 'all' or a positive number of events");
    }
}
