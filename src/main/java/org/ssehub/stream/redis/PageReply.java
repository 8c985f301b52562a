package org.ssehub.stream.redis;

import org.ssehub.stream.Event;
import org.ssehub.stream.ResetSignal;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads read.lua's reply: last id, floor, epoch, retained count, retained bytes, reset reason, oldest
 * retained id, then id, type and data of each event.
 */
final class PageReply {

    private static final int HEADER = 7;

    private PageReply() {
    }

    /** @param after the id the reader resumed from (-1 for "the newest N"), echoed in the reset */
    static Page parse(String stream, long after, List<String> reply) {
        StreamState state = reply.get(0).isEmpty() ? null : new StreamState(Long.parseLong(reply.get(0)),
                Long.parseLong(reply.get(1)), Long.parseLong(reply.get(2)), Long.parseLong(reply.get(3)),
                Long.parseLong(reply.get(4)));
        String reason = reply.get(5);
        String oldest = reply.get(6);
        ResetSignal reset = reason.isEmpty() ? null : new ResetSignal(stream, Long.toString(after), reason,
                oldest.isEmpty() || ResetSignal.UNKNOWN.equals(reason) ? null : Long.valueOf(oldest));
        List<Event> events = new ArrayList<>((reply.size() - HEADER) / 3);
        for (int i = HEADER; i + 2 < reply.size(); i += 3) {
            long id = Long.parseLong(reply.get(i));
            events.add(new Event(stream, id, reply.get(i + 1), reply.get(i + 2), id / 1000));
        }
        return new Page(reset, events, state);
    }
}
