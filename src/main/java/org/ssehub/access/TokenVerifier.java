package org.ssehub.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a JWT with nimbus-jose-jwt against the configured key, on the algorithms that key pins,
 * enforces {@code exp} and {@code nbf} with the configured clock skew, and reads the {@code sse-hub}
 * claim: {@code {"subscribe":[patterns],"publish":[patterns]}}. Thread-safe once built.
 */
public final class TokenVerifier {

    /** The claim that carries the hub's rights. */
    public static final String CLAIM = "sse-hub";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    TokenVerifier(VerificationKeys keys, int clockSkewSeconds) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(keys.algorithms(), keys.source()));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(null, null);
        claims.setMaxClockSkew(clockSkewSeconds);
        processor.setJWTClaimsSetVerifier(claims);
    }

    public Rights verify(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("malformed token", e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage(), e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("token could not be verified", e);
        }
        try {
            Map<String, Object> rights = claims.getJSONObjectClaim(CLAIM);
            Optional<Instant> expiresAt = Optional.ofNullable(claims.getExpirationTime()).map(java.util.Date::toInstant);
            if (rights == null) {
                return new Rights(claims.getSubject(), StreamPatterns.NONE, StreamPatterns.NONE, expiresAt);
            }
            return new Rights(claims.getSubject(), patterns(rights, "subscribe"), patterns(rights, "publish"), expiresAt);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidTokenException("bad " + CLAIM + " claim: " + e.getMessage(), e);
        }
    }

    private static StreamPatterns patterns(Map<String, Object> rights, String name) {
        Object value = rights.get(name);
        if (value == null) {
            return StreamPatterns.NONE;
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new IllegalArgumentException(name + " must be a list of stream patterns");
        }
        return StreamPatterns.of(list.stream().map(String.class::cast).toList());
    }
}
