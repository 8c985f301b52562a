package org.ssehub.access;

import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssehub.it.support.TestTokens;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenVerifierTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-bytes!";

    @TempDir
    Path dir;

    private static JWTClaimsSet.Builder userRights() {
        return TestTokens.rights(List.of("user.42", "news"), List.of("orders.*"), Duration.ofMinutes(5));
    }

    @Test
    void aGoodHs256TokenGivesItsRights() throws Exception {
        Rights rights = new TokenVerifier(VerificationKeys.secret(SECRET), 0).verify(TestTokens.hs256(SECRET, userRights()));
        assertTrue(rights.subscribe().covers("user.42"));
        assertFalse(rights.subscribe().covers("user.4"));
        assertTrue(rights.publish().covers("orders.7"));
        assertFalse(rights.publish().covers("billing.7"));
        assertTrue(rights.expiresAt().isPresent());
    }

    @Test
    void forgedUnsignedExpiredAndEarlyTokensAreRefused() {
        TokenVerifier verifier = new TokenVerifier(VerificationKeys.secret(SECRET), 5);
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.hs256("another-secret-of-at-least-32-bytes", userRights())));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.unsigned(userRights())));
        assertThrows(InvalidTokenException.class, () -> verifier.verify("not.a.jwt"));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.hs256(SECRET,
                userRights().expirationTime(Date.from(Instant.now().minusSeconds(10))))));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.hs256(SECRET,
                userRights().notBeforeTime(Date.from(Instant.now().plusSeconds(60))))));
    }

    @Test
    void theClockSkewIsAllowed() throws Exception {
        TokenVerifier verifier = new TokenVerifier(VerificationKeys.secret(SECRET), 30);
        verifier.verify(TestTokens.hs256(SECRET, userRights().expirationTime(Date.from(Instant.now().minusSeconds(10)))));
        verifier.verify(TestTokens.hs256(SECRET, userRights().notBeforeTime(Date.from(Instant.now().plusSeconds(10)))));
    }

    @Test
    void aBadRightsClaimMakesTheTokenInvalid() {
        TokenVerifier verifier = new TokenVerifier(VerificationKeys.secret(SECRET), 0);
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.hs256(SECRET,
                userRights().claim("sse-hub", Map.of("subscribe", "user.42")))));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.hs256(SECRET,
                userRights().claim("sse-hub", Map.of("subscribe", List.of("user*42"))))));
    }

    @Test
    void aPemPublicKeyPinsRs256AndRefusesHmacConfusion() throws Exception {
        RSAKey key = TestTokens.rsaKey();
        Path pem = write("key.pem", TestTokens.pem(key));
        TokenVerifier verifier = new TokenVerifier(VerificationKeys.publicKeyFile(pem), 0);
        assertTrue(verifier.verify(TestTokens.rs256(key, userRights())).subscribe().covers("news"));
        byte[] pemBytes = Files.readAllBytes(pem);
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.hs256(pemBytes, userRights())));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.rs256(TestTokens.rsaKey(), userRights())));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.unsigned(userRights())));
    }

    @Test
    void aJwkSetWithAnEcKeyPinsEs256() throws Exception {
        ECKey key = TestTokens.ecKey();
        Path jwks = write("keys.json", new JWKSet(key.toPublicJWK()).toString());
        TokenVerifier verifier = new TokenVerifier(VerificationKeys.publicKeyFile(jwks), 0);
        assertTrue(verifier.verify(TestTokens.es256(key, userRights())).publish().covers("orders.1"));
        assertThrows(InvalidTokenException.class, () -> verifier.verify(TestTokens.es256(TestTokens.ecKey(), userRights())));
    }

    @Test
    void badKeyConfigurationFailsTheDeploymentWithAMessage() throws IOException {
        assertThrows(IllegalStateException.class, () -> VerificationKeys.secret("short"));
        Path privateKey = write("private.json", new JWKSet(TestTokens.rsaKey()).toString(false));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VerificationKeys.publicKeyFile(privateKey));
        assertTrue(e.getMessage().contains("private key"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> VerificationKeys.publicKeyFile(write("junk.pem", "hello")));
        assertThrows(IllegalStateException.class, () -> VerificationKeys.publicKeyFile(dir.resolve("missing.pem")));
        assertThrows(IllegalStateException.class, () -> AccessPolicy.verifier(SECRET, "/some/key.pem", 0));
        assertEquals(null, AccessPolicy.verifier("", "", 0));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
