package org.ssehub.access;

import jakarta.servlet.http.HttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may publish to a stream: a JWT whose {@code publish} list covers it, or the shared
 * {@code sse.hub.publish-token}; with neither configured, a direct request from loopback that no
 * browser made from another origin and no proxy relayed. A token is taken from
 * {@code Authorization: Bearer}, or for a {@code POST} from the token cookie, in which case the
 * request must come from the hub's own origin: a cookie is sent by whatever page a browser has open.
 */
final class PublishRules {

    private final TokenVerifier verifier;
    private final byte[] sharedToken;
    private final String cookieName;

    PublishRules(TokenVerifier verifier, String sharedToken, String cookieName) {
        this.verifier = verifier;
        this.sharedToken = sharedToken.getBytes(StandardCharsets.UTF_8);
        this.cookieName = cookieName;
    }

    Refusal check(HttpServletRequest request, String stream, boolean viaGet) {
        if (verifier == null && sharedToken.length == 0) {
            return loopbackOnly(request);
        }
        Credentials credentials = Credentials.of(request, cookieName, false, !viaGet && verifier != null);
        if (!credentials.present()) {
            return Refusal.invalidToken("publishing needs Authorization: Bearer <token>");
        }
        if (credentials.source() == Credentials.Source.COOKIE) {
            String foreign = BrowserOrigin.crossOrigin(request);
            if (foreign != null) {
                return Refusal.forbidden("a publish with the token cookie must come from the hub's own pages (" + foreign + ")");
            }
        }
        if (sharedToken.length > 0 && credentials.source() == Credentials.Source.HEADER
                && MessageDigest.isEqual(credentials.token().getBytes(StandardCharsets.UTF_8), sharedToken)) {
            return null;
        }
        if (verifier == null) {
            return Refusal.invalidToken("wrong publish token");
        }
        Rights rights;
        try {
            rights = verifier.verify(credentials.token());
        } catch (InvalidTokenException e) {
            return Refusal.invalidToken("invalid token: " + e.getMessage());
        }
        return rights.publish().covers(stream) ? null
                : Refusal.forbidden("the token does not allow publishing to " + stream);
    }

    static Refusal loopbackOnly(HttpServletRequest request) {
        String proxy = BrowserOrigin.proxyHeader(request);
        if (proxy != null) {
            return Refusal.forbidden("this request came through a proxy (" + proxy + "), so it is not loopback: "
                    + "set sse.hub.publish-token or a JWT key and publish with a token");
        }
        String foreign = BrowserOrigin.crossOrigin(request);
        if (foreign != null) {
            return Refusal.forbidden("a publish from another origin (" + foreign + ") is refused; "
                    + "set sse.hub.publish-token or a JWT key to publish from elsewhere");
        }
        return Loopback.is(request.getRemoteAddr()) ? null
                : Refusal.forbidden("publishing is allowed from loopback only until sse.hub.publish-token is set");
    }
}
