package org.ssehub.stream;

import java.util.regex.Pattern;

/** Stream names: 1-64 characters of {@code [A-Za-z0-9._-]}. */
public final class StreamNames {

    public static final String DEFAULT = "events";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private StreamNames() {
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    /** @throws IllegalArgumentException with a message fit for a 400 */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("invalid stream name: use 1-64 characters of A-Z a-z 0-9 . _ -");
        }
        return name;
    }
}
