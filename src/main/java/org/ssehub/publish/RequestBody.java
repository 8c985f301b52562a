package org.ssehub.publish;

import jakarta.ws.rs.core.MediaType;
import org.ssehub.web.TooLargeException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a publish body verbatim, never more than the limit, decoding it strictly, and holding no
 * byte the node's {@link BodyBudget} did not grant.
 */
final class RequestBody {

    private RequestBody() {
    }

    /** @return the text, or null for an empty body; throws {@link TooLargeException} (413), {@link IllegalArgumentException} (400), or the budget's 503 */
    static String read(InputStream in, String contentType, long declaredLength, int limit, BodyBudget.Claim claim) {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        if (in == null) {
            return null;
        }
        long granted = Math.max(0, declaredLength);
        claim.take(granted);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 256);
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (bytes.size() + n > limit) {
                    throw tooLarge(limit);
                }
                if (bytes.size() + n > granted) {
                    claim.take(bytes.size() + n - granted);
                    granted = bytes.size() + n;
                }
                bytes.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("could not read the request body: " + e.getMessage());
        }
        if (bytes.size() == 0) {
            return null;
        }
        return decode(bytes.toByteArray(), charset(contentType));
    }

    private static Charset charset(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            String name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            // covers IllegalCharsetNameException and UnsupportedCharsetException too
            throw new IllegalArgumentException("unreadable Content-Type or charset: " + contentType);
        }
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("body is not valid " + charset.name());
        }
    }

    private static RuntimeException tooLarge(int limit) {
        return new TooLargeException("body too large (at most " + limit + " bytes)");
    }
}
