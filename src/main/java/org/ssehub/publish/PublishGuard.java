package org.ssehub.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may publish over HTTP. With a token configured, a request needs
 * {@code Authorization: Bearer <token>}; with none, only requests from a loopback address are
 * accepted, so a fresh deploy is not open to the world.
 */
@ApplicationScoped
public class PublishGuard {

    /** The outcome: null when allowed, otherwise the HTTP status and message to answer with. */
    public record Refusal(int status, String message) {
    }

    private static final String BEARER = "Bearer ";

    private HubConfig config;

    protected PublishGuard() {
        // for CDI proxies
    }

    @Inject
    public PublishGuard(HubConfig config) {
        this.config = config;
    }

    public Refusal check(String authorization, String remoteAddress) {
        return decide(config.string(Setting.PUBLISH_TOKEN), authorization, remoteAddress);
    }

    static Refusal decide(String token, String authorization, String remoteAddress) {
        if (token != null && !token.isEmpty()) {
            if (authorization == null || !authorization.startsWith(BEARER)) {
                return new Refusal(401, "publishing needs Authorization: Bearer <token>");
            }
            byte[] given = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
            if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
                return new Refusal(401, "wrong publish token");
            }
            return null;
        }
        return isLoopback(remoteAddress) ? null
                : new Refusal(403, "publishing is allowed from loopback only until sse.hub.publish-token is set");
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isEmpty()) {
            return false;
        }
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.matches("[0-9a-fA-F:.%]+")) {
            return false; // only literal addresses: never resolve a name here
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
