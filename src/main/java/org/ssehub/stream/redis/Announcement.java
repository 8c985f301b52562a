package org.ssehub.stream.redis;

import org.ssehub.stream.Event;

/**
 * One event as publish.lua announces it on its stream's channel:
 * {@code id \n previous id \n epoch \n type \n data} (a type has no line break; the data may).
 */
record Announcement(String stream, long id, long previousId, long epoch, String type, String data) {

    /** @throws IllegalArgumentException for a message that is not an announcement */
    static Announcement parse(String stream, String message) {
        String[] parts = message.split("\n", 5);
        if (parts.length < 5) {
            throw new IllegalArgumentException("not an announcement on " + stream);
        }
        try {
            return new Announcement(stream, Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    parts[3], parts[4]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an announcement on " + stream, e);
        }
    }

    Event toEvent() {
        return new Event(stream, id, type, data, id / 1000);
    }
}
