package org.ssehub.access;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MintTokenTest {

    private static final String SECRET = "mint-token-test-secret-0123456789ab";

    @Test
    void mintsATokenTheHubAccepts() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            MintToken.main(new String[]{"--secret", SECRET, "--sub", "42", "--subscribe", "user.42,news", "--publish", "orders.*", "--ttl", "60"});
        } finally {
            System.setOut(original);
        }
        Rights rights = new TokenVerifier(VerificationKeys.secret(SECRET), 0).verify(printed.toString(StandardCharsets.UTF_8).trim());
        assertEquals("42", rights.subject());
        assertEquals("user.42,news / orders.*", rights.subscribe() + " / " + rights.publish());
        assertTrue(rights.expiresAt().orElseThrow().isBefore(Instant.now().plusSeconds(61)), "--ttl 60");
    }

    @Test
    void refusesAShortSecretAndABadPattern() {
        assertThrows(IllegalArgumentException.class, () -> MintToken.main(new String[]{"--secret", "short"}));
        assertThrows(IllegalArgumentException.class, () -> MintToken.main(new String[]{"--secret", SECRET, "--subscribe", "a*b"}));
        assertThrows(IllegalArgumentException.class, () -> MintToken.main(new String[]{"--secret", SECRET, "--bogus", "x"}));
    }
}
