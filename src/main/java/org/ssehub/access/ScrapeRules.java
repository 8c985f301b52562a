package org.ssehub.access;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read the node's operations figures ({@code /api/metrics}) and flip its drain switch: a
 * direct request from loopback that no proxy relayed and no page of another origin made, or, when
 * {@code sse.hub.metrics-token} is set, a request with {@code Authorization: Bearer <that token>}
 * from anywhere. The proxy-header rule is the one publishing follows: a relayed request is not loopback.
 */
final class ScrapeRules {

    private final byte[] token;

    ScrapeRules(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    Refusal check(HttpServletRequest request) {
        Credentials credentials = Credentials.of(request, null, false, false);
        if (token.length > 0 && credentials.source() == Credentials.Source.HEADER) {
            return MessageDigest.isEqual(credentials.token().getBytes(StandardCharsets.UTF_8), token) ? null
                    : Refusal.invalidToken("wrong metrics token");
        }
        String proxy = BrowserOrigin.proxyHeader(request);
        String foreign = BrowserOrigin.crossOrigin(request);
        if (proxy == null && foreign == null && Loopback.is(request.getRemoteAddr())) {
            return null;
        }
        if (token.length > 0) {
            return Refusal.invalidToken("reading the metrics from elsewhere than loopback needs Authorization: Bearer <sse.hub.metrics-token>");
        }
        String why = proxy != null ? "this request came through a proxy (" + proxy + ")"
                : foreign != null ? "a page of another origin (" + foreign + ") made this request" : "this request is not from loopback";
        return Refusal.forbidden(why + ": the metrics are for loopback only until sse.hub.metrics-token is set");
    }
}
