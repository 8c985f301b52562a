package org.ssehub.web;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;

/**
 * Whether the charset a request declares is one this JVM can decode. CXF (TomEE) checks it in its
 * transport, before any filter or resource of the application runs, and answers an unknown one with
 * a 500 page; so the hub checks it first, and every server gives the same plain 400.
 */
final class RequestCharset {

    private RequestCharset() {
    }

    static boolean readable(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        if (name == null || name.isBlank()) {
            return true;
        }
        try {
            return Charset.isSupported(name.trim());
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
