package org.ssehub.access;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a request's token comes from: {@code Authorization: Bearer}, else the token cookie, else
 * (only when enabled) the {@code access_token} query parameter. A publish made with {@code GET}
 * never takes its token from a cookie: a cross-site {@code <img>} would carry it.
 */
record Credentials(String token, Source source) {

    enum Source { NONE, HEADER, COOKIE, QUERY }

    static final String BEARER = "Bearer ";
    static final String QUERY_PARAM = "access_token";
    static final Credentials NONE = new Credentials(null, Source.NONE);

    static Credentials of(HttpServletRequest request, String cookieName, boolean queryParam, boolean cookieAllowed) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new Credentials(authorization.substring(BEARER.length()).trim(), Source.HEADER);
        }
        if (cookieAllowed && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(cookieName) && !cookie.getValue().isBlank()) {
                    return new Credentials(cookie.getValue().trim(), Source.COOKIE);
                }
            }
        }
        String query = queryParam ? request.getParameter(QUERY_PARAM) : null;
        if (query != null && !query.isBlank()) {
            return new Credentials(query.trim(), Source.QUERY);
        }
        return NONE;
    }

    boolean present() {
        return source != Source.NONE;
    }
}
