package org.ssehub.subscribe;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A resume point sent back by a client: a plain id ({@code 1795321600123456}), which applies to
 * every stream, or a {@link Cursor} ({@code events:1795...,news:1795...}) with one id per stream.
 */
final class LastEventId {

    private static final int MAX_LENGTH = 8192;

    private final String text;
    private final Long plain;
    private final Map<String, Long> perStream;

    private LastEventId(String text, Long plain, Map<String, Long> perStream) {
        this.text = text;
        this.plain = plain;
        this.perStream = perStream;
    }

    /** @throws IllegalArgumentException if the text is neither an id nor a cursor */
    static Optional<LastEventId> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (trimmed.length() > MAX_LENGTH) {
            throw invalid();
        }
        if (!Cursor.looksLikeCursor(trimmed)) {
            return Optional.of(new LastEventId(trimmed, id(trimmed), Map.of()));
        }
        return Optional.of(new LastEventId(trimmed, null, Cursor.parse(trimmed)));
    }

    /** The id to resume the given stream after, if this resume point names one. */
    OptionalLong forStream(String stream) {
        if (plain != null) {
            return OptionalLong.of(plain);
        }
        Long id = perStream.get(stream);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public String toString() {
        return text;
    }

    static long id(String digits) {
        if (digits.isEmpty() || digits.length() > 18) {
            throw invalid();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw invalid();
            }
        }
        return Long.parseLong(digits);
    }

    static IllegalArgumentException invalid() {
        return new IllegalArgumentException("invalid last event id: expected an id this hub issued "
                + "(digits) or a cursor like events:123,news:456");
    }
}
