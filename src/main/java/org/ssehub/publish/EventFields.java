package org.ssehub.publish;

import org.ssehub.stream.ResetSignal;
import org.ssehub.stream.StreamNames;

/**
 * The rules every publish meets where it enters the hub: a valid stream name, an event type that
 * cannot break a frame (no CR, LF or NUL, at most 64 characters, not the reserved {@code hub-}
 * prefix), and some data. Failures are {@link IllegalArgumentException}s worded for a 400.
 */
final class EventFields {

    static final String DEFAULT_TYPE = "message";
    static final int MAX_TYPE_LENGTH = 64;
    static final String RESERVED_PREFIX = "hub-";

    private EventFields() {
    }

    static String stream(String stream) {
        return stream == null || stream.isEmpty() ? StreamNames.DEFAULT : StreamNames.require(stream);
    }

    static String type(String type) {
        if (type == null || type.isEmpty()) {
            return DEFAULT_TYPE;
        }
        if (type.length() > MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("type too long (at most " + MAX_TYPE_LENGTH + " characters)");
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '\r' || c == '\n' || c == '\0') {
                throw new IllegalArgumentException("type must not contain CR, LF or NUL");
            }
        }
        if (type.startsWith(RESERVED_PREFIX) || type.equals(ResetSignal.EVENT_TYPE)) {
            throw new IllegalArgumentException("types starting with '" + RESERVED_PREFIX + "' are reserved for the hub");
        }
        return type;
    }

    static String data(String data) {
        if (data == null || data.isBlank()) {
            throw new IllegalArgumentException("msg required");
        }
        return data;
    }
}
