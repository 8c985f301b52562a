package org.ssehub.access;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The checks that keep a publish from being forged by a web page in someone's browser or relayed
 * by a proxy: a browser says where a request comes from ({@code Origin}, {@code Sec-Fetch-Site},
 * {@code Referer}); a proxy says it relayed one ({@code Forwarded}, {@code X-Forwarded-For},
 * {@code X-Real-IP}). A request with none of these headers (curl, a backend) passes.
 */
final class BrowserOrigin {

    static final List<String> PROXY_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Real-IP");

    private BrowserOrigin() {
    }

    /** Null when no browser header names another origin, else why the request counts as cross-origin. */
    static String crossOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return "Sec-Fetch-Site: " + site;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request)) {
            return "Origin " + origin;
        }
        String referer = request.getHeader("Referer");
        if (referer != null && !sameOrigin(referer, request)) {
            return "Referer from another origin";
        }
        return null;
    }

    /** The first proxy header the request carries, or null. */
    static String proxyHeader(HttpServletRequest request) {
        for (String header : PROXY_HEADERS) {
            if (request.getHeader(header) != null) {
                return header;
            }
        }
        return null;
    }

    static boolean sameOrigin(String url, HttpServletRequest request) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null" (a sandboxed page or a file) and anything else unparseable
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return scheme.equalsIgnoreCase(request.getScheme())
                && uri.getHost().equalsIgnoreCase(request.getServerName())
                && port(scheme, uri.getPort()) == port(request.getScheme().toLowerCase(Locale.ROOT), request.getServerPort());
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
