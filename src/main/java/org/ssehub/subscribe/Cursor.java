package org.ssehub.subscribe;

import org.ssehub.stream.StreamNames;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The id a connection with several streams sends instead of an event id: the last id it has seen of
 * every stream, {@code events:1795...,news:1795...}. {@link #format} writes it on such connections;
 * {@link LastEventId} reads it back with {@link #parse} when the client resumes.
 */
final class Cursor {

    private Cursor() {
    }

    static boolean looksLikeCursor(String text) {
        return text.indexOf(':') >= 0;
    }

    static String format(Map<String, Long> lastIds) {
        StringBuilder text = new StringBuilder();
        lastIds.forEach((stream, id) -> {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(stream).append(':').append(id);
        });
        return text.toString();
    }

    /** @throws IllegalArgumentException if an entry is not {@code stream:digits} */
    static Map<String, Long> parse(String text) {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String entry : text.split(",", -1)) {
            int colon = entry.indexOf(':');
            if (colon < 0 || !StreamNames.isValid(entry.substring(0, colon))) {
                throw LastEventId.invalid();
            }
            ids.put(entry.substring(0, colon), LastEventId.id(entry.substring(colon + 1)));
        }
        return ids;
    }
}
