package org.ssehub.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request's raw query string decodes: every {@code %} followed by two hex digits, and the
 * bytes valid UTF-8. Containers differ on a malformed one (Tomcat drops the parameter and goes on,
 * so {@code ?stream=%ZZ} would silently subscribe to the default stream; TomEE's CXF answered a 500
 * with a stack trace), so the hub checks it first and every server gives the same plain 400.
 */
final class QueryString {

    private QueryString() {
    }

    static boolean wellFormed(String query) {
        if (query == null || query.indexOf('%') < 0) {
            return true;
        }
        byte[] bytes = new byte[query.length() * 3]; // a char the container decoded already: up to 3 UTF-8 bytes
        int length = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                if (i + 2 >= query.length()) {
                    return false;
                }
                int high = Character.digit(query.charAt(i + 1), 16);
                int low = Character.digit(query.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes[length++] = (byte) (high * 16 + low);
                i += 2;
            } else if (c < 0x80) {
                bytes[length++] = (byte) c;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
