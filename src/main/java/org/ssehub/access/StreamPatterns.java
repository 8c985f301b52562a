package org.ssehub.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of stream patterns: an exact stream name ({@code user.42}), or a prefix ending in {@code *}
 * ({@code orders.*}, {@code *}). {@code user.4} does not cover {@code user.42}, and {@code orders.*}
 * does not cover {@code orders}.
 */
public final class StreamPatterns {

    private static final Pattern GRAMMAR = Pattern.compile("[A-Za-z0-9._-]{1,64}|[A-Za-z0-9._-]{0,63}\\*");
    static final StreamPatterns NONE = new StreamPatterns(List.of());

    private final List<String> patterns;

    private StreamPatterns(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** @throws IllegalArgumentException naming the first entry that is not a pattern */
    public static StreamPatterns of(Collection<String> entries) {
        List<String> patterns = new ArrayList<>();
        for (String entry : entries) {
            String pattern = entry == null ? "" : entry.trim();
            if (!GRAMMAR.matcher(pattern).matches()) {
                throw new IllegalArgumentException("'" + entry + "' is not a stream pattern (a name, or a prefix ending in *)");
            }
            patterns.add(pattern);
        }
        return new StreamPatterns(patterns);
    }

    /** A comma-separated list, as in {@code sse.hub.private-streams}; blank = none. */
    public static StreamPatterns parse(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return NONE;
        }
        return of(List.of(commaSeparated.split(",")));
    }

    public boolean covers(String stream) {
        for (String pattern : patterns) {
            if (pattern.endsWith("*") ? stream.startsWith(pattern.substring(0, pattern.length() - 1)) : stream.equals(pattern)) {
                return true;
            }
        }
        return false;
    }

    public boolean coversAll(Collection<String> streams) {
        return streams.stream().allMatch(this::covers);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }
}
