package org.ssehub.it;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;
import org.ssehub.it.support.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An RS256 public key (a PEM file) pins the algorithm; the query parameter is switched on, the
 * cookie renamed, and the shared publish token works next to JWTs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicKeyTokensIT {

    private static final RSAKey KEY = TestTokens.rsaKey();
    private static Path pemFile;

    @Deployment(testable = false)
    static WebArchive deployment() {
        try {
            pemFile = Files.createTempFile("sse-hub-it-", ".pem");
            Files.writeString(pemFile, TestTokens.pem(KEY), StandardCharsets.US_ASCII);
            pemFile.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HubArchive.create("publickey", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.jwt.public-key", pemFile.toString(),
                "sse.hub.jwt.query-param", "true",
                "sse.hub.jwt.cookie", "app-token",
                "sse.hub.publish-token", "s3cret",
                "sse.hub.private-streams", "user.*"));
    }

    @ArquillianResource
    URL base;

    private static JWTClaimsSet.Builder user42() {
        return TestTokens.rights(List.of("user.42"), List.of("user.42"), Duration.ofMinutes(5));
    }

    private int subscribeStatus(String query, Map<String, String> headers) {
        try (SseConnection connection = new HubHttp(base).subscribe(query, headers)) {
            return connection.status();
        }
    }

    @Test
    void onlyRs256TokensSignedByTheKeyAreAccepted() throws IOException {
        assertEquals(200, subscribeStatus("stream=user.42", Map.of("Authorization", "Bearer " + TestTokens.rs256(KEY, user42()))));
        Map<String, String> refused = Map.of(
                "HS256 signed with the public key", TestTokens.hs256(Files.readAllBytes(pemFile), user42()),
                "HS256 signed with the key's modulus", TestTokens.hs256(KEY.getModulus().decode(), user42()),
                "RS256 of another key", TestTokens.rs256(TestTokens.rsaKey(), user42()),
                "alg none", TestTokens.unsigned(user42()));
        refused.forEach((what, token) -> {
            HttpResponse<String> answer = new HubHttp(base).get("api/events?stream=user.42", Map.of("Authorization", "Bearer " + token));
            assertEquals(401, answer.statusCode(), what);
            assertEquals("Bearer error=\"invalid_token\"", answer.headers().firstValue("WWW-Authenticate").orElse(""), what);
        });
    }

    @Test
    void theQueryParameterWhenOnAndTheRenamedCookieCarryTheToken() {
        String token = TestTokens.rs256(KEY, user42());
        assertEquals(200, subscribeStatus("stream=user.42&access_token=" + token, Map.of()));
        assertEquals(200, subscribeStatus("stream=user.42", Map.of("Cookie", "app-token=" + token)));
        assertEquals(401, subscribeStatus("stream=user.42", Map.of("Cookie", "sse-hub-token=" + token)));
        assertEquals(401, subscribeStatus("stream=user.42&access_token=nonsense", Map.of()));
    }

    @Test
    void theSharedTokenAndACoveringJwtBothPublish() {
        HubHttp hub = new HubHttp(base);
        byte[] body = "hi".getBytes(StandardCharsets.UTF_8);
        String jwt = TestTokens.rs256(KEY, user42());
        assertEquals(204, hub.post("api/publish?stream=anything", "text/plain", body, Map.of("Authorization", "Bearer s3cret")).statusCode());
        assertEquals(204, hub.post("api/publish?stream=user.42", "text/plain", body, Map.of("Authorization", "Bearer " + jwt)).statusCode());
        assertEquals(403, hub.post("api/publish?stream=user.43", "text/plain", body, Map.of("Authorization", "Bearer " + jwt)).statusCode());
        assertEquals(401, hub.post("api/publish?stream=user.42", "text/plain", body, Map.of()).statusCode());
        assertEquals(401, hub.get("api/publish?stream=user.42&msg=hi&access_token=" + jwt).statusCode(), "publishing never reads the query");
    }
}
