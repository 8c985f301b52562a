package org.ssehub.it;

import com.nimbusds.jwt.JWTClaimsSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;
import org.ssehub.it.support.TestTokens;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Private streams and per-stream rights with an HS256 key: who may subscribe, see and publish what,
 * and what each wrong token gets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivateStreamsIT {

    static final String SECRET = "private-streams-it-secret-0123456789";
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("private", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.jwt.secret", SECRET,
                "sse.hub.jwt.clock-skew-seconds", "1",
                "sse.hub.private-streams", "user.*,orders.*"));
    }

    @ArquillianResource
    URL base;

    private static String token(List<String> subscribe, List<String> publish) {
        return TestTokens.hs256(SECRET, TestTokens.rights(subscribe, publish, Duration.ofMinutes(5)));
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }

    private static String user42() {
        return token(List.of("user.42", "orders.*"), List.of());
    }

    /** The status a subscription gets; the connection is closed at once. */
    private int subscribeStatus(String query, Map<String, String> headers) {
        try (SseConnection connection = new HubHttp(base).subscribe(query, headers)) {
            return connection.status();
        }
    }

    private HttpResponse<String> publish(String stream, String data, Map<String, String> headers) {
        return new HubHttp(base).post("api/publish?stream=" + stream, "text/plain",
                data.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Test
    void aPrivateStreamNeedsAValidTokenAndPublicStreamsStayOpen() {
        HubHttp hub = new HubHttp(base);
        HttpResponse<String> none = hub.get("api/events?stream=user.42");
        assertEquals(401, none.statusCode());
        assertEquals("Bearer error=\"invalid_token\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertFalse(none.body().contains("Exception"), none.body());
        assertEquals(200, subscribeStatus("stream=news", Map.of()));
        assertEquals(200, subscribeStatus("stream=user.42", bearer(user42())));

        JWTClaimsSet.Builder rights = TestTokens.rights(List.of("user.42"), List.of(), Duration.ofMinutes(5));
        Map<String, String> refused = Map.of(
                "forged signature", TestTokens.hs256("another-secret-that-is-32-bytes-long", rights),
                "alg none", TestTokens.unsigned(rights),
                "malformed", "not-a-jwt",
                "expired", TestTokens.hs256(SECRET, TestTokens.rights(List.of("user.42"), List.of(), Duration.ofMinutes(5))
                        .expirationTime(Date.from(Instant.now().minusSeconds(60)))),
                "not yet valid", TestTokens.hs256(SECRET, TestTokens.rights(List.of("user.42"), List.of(), Duration.ofMinutes(5))
                        .notBeforeTime(Date.from(Instant.now().plusSeconds(60)))));
        refused.forEach((what, token) -> {
            HttpResponse<String> answer = hub.get("api/events?stream=user.42", bearer(token));
            assertEquals(401, answer.statusCode(), what);
            assertEquals("Bearer error=\"invalid_token\"", answer.headers().firstValue("WWW-Authenticate").orElse(""), what);
        });
    }

    @Test
    void aPatternThatAlmostMatchesIsForbidden() {
        String nearMiss = token(List.of("user.4", "orders"), List.of());
        HttpResponse<String> answer = new HubHttp(base).get("api/events?stream=user.42", bearer(nearMiss));
        assertEquals(403, answer.statusCode());
        assertFalse(answer.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(403, subscribeStatus("stream=orders.1", bearer(nearMiss)));
        assertEquals(200, subscribeStatus("stream=orders.1", bearer(user42())));
        assertEquals(200, subscribeStatus("stream=user.4", bearer(nearMiss)));
    }

    @Test
    void aSubscriptionWithOneForbiddenStreamIsRefusedWhole() {
        assertEquals(403, subscribeStatus("stream=user.42&stream=user.43", bearer(user42())));
        assertEquals(403, subscribeStatus("stream=news&stream=user.43", bearer(user42())));
        assertEquals(401, subscribeStatus("stream=news&stream=user.43", Map.of()));
        assertEquals(200, subscribeStatus("stream=news&stream=user.42", bearer(user42())));
    }

    @Test
    void theCookieCarriesATokenAndTheQueryParameterIsOffByDefault() {
        String publisher = token(List.of(), List.of("user.42"));
        try (SseConnection viaCookie = new HubHttp(base).subscribe("stream=user.42", Map.of("Cookie", "sse-hub-token=" + user42()))) {
            assertEquals(200, viaCookie.status());
            viaCookie.next(WAIT);
            assertEquals(204, publish("user.42", "for 42", bearer(publisher)).statusCode());
            assertEquals("for 42", viaCookie.nextEvent(WAIT).data());
        }
        assertEquals(401, subscribeStatus("stream=user.42", Map.of("Cookie", "other-cookie=" + user42())));
        assertEquals(401, subscribeStatus("stream=user.42&access_token=" + user42(), Map.of()));
    }

    @Test
    void theConnectionEndsWhenItsTokenExpiresAndAFreshOneResumesWithNoLoss() {
        String publisher = token(List.of(), List.of("user.*"));
        String shortLived = TestTokens.hs256(SECRET, TestTokens.rights(List.of("user.42"), List.of(), Duration.ofSeconds(5)));
        String lastSeen;
        try (SseConnection connection = new HubHttp(base).subscribe("stream=user.42", bearer(shortLived))) {
            assertEquals(200, connection.status());
            connection.next(WAIT);
            assertEquals(204, publish("user.42", "before expiry", bearer(publisher)).statusCode());
            Frame first = connection.nextEvent(WAIT);
            assertEquals("before expiry", first.data());
            lastSeen = first.id();
            connection.awaitEnd(Duration.ofSeconds(15));
        }
        assertEquals(204, publish("user.42", "while away", bearer(publisher)).statusCode());
        try (SseConnection again = new HubHttp(base).subscribe("stream=user.42",
                Map.of("Authorization", "Bearer " + user42(), "Last-Event-ID", lastSeen))) {
            assertEquals(200, again.status());
            assertEquals("while away", again.nextEvent(WAIT).data());
        }
    }

    @Test
    void privateStreamsShowOnlyToHoldersOfACoveringToken() {
        String publisher = token(List.of(), List.of("*"));
        assertEquals(204, publish("user.42", "x", bearer(publisher)).statusCode());
        assertEquals(204, publish("news", "x", bearer(publisher)).statusCode());
        HubHttp hub = new HubHttp(base);

        String anyone = hub.get("api/streams").body();
        assertTrue(anyone.contains("\"name\":\"news\""), anyone);
        assertFalse(anyone.contains("user.42"), anyone);
        HttpResponse<String> hidden = hub.get("api/streams/user.42");
        assertEquals(404, hidden.statusCode());
        assertEquals(hub.get("api/streams/user.999").body().replace("user.999", "user.42"), hidden.body(), "same as a stream that does not exist");
        assertEquals(404, hub.get("api/streams/user.42", bearer(token(List.of("user.4"), List.of()))).statusCode());
        assertFalse(hub.get("api/streams", bearer("not-a-jwt")).body().contains("user.42"));

        assertTrue(hub.get("api/streams", bearer(user42())).body().contains("\"name\":\"user.42\""));
        assertEquals(200, hub.get("api/streams/user.42", Map.of("Cookie", "sse-hub-token=" + user42())).statusCode());
    }

    @Test
    void publishingNeedsATokenWhosePublishListCoversTheStream() {
        String orders = token(List.of(), List.of("orders.*"));
        HubHttp hub = new HubHttp(base);
        assertEquals(204, publish("orders.7", "o", bearer(orders)).statusCode());
        assertEquals(204, hub.get("api/publish?stream=orders.8&msg=o", bearer(orders)).statusCode());
        assertEquals(403, publish("billing.7", "b", bearer(orders)).statusCode());
        assertEquals(403, publish("orders", "b", bearer(orders)).statusCode());
        assertEquals(403, hub.get("api/publish?stream=billing.7&msg=b", bearer(orders)).statusCode());
        assertEquals(403, publish("user.42", "u", bearer(user42())).statusCode(), "a subscribe right is no publish right");

        HttpResponse<String> none = publish("orders.7", "o", Map.of());
        assertEquals(401, none.statusCode());
        assertEquals("Bearer error=\"invalid_token\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, publish("orders.7", "o", bearer(TestTokens.unsigned(TestTokens.rights(List.of(), List.of("*"), Duration.ofMinutes(5))))).statusCode());
        assertEquals(401, hub.get("api/publish?stream=orders.7&msg=o").statusCode());
    }

    @Test
    void aGetPublishNeverTakesItsTokenFromACookieAndACookiePostMustBeSameOrigin() {
        Map<String, String> cookie = Map.of("Cookie", "sse-hub-token=" + token(List.of(), List.of("orders.*")));
        HubHttp hub = new HubHttp(base);
        assertEquals(401, hub.get("api/publish?stream=orders.1&msg=img", cookie).statusCode());
        assertEquals(204, publish("orders.1", "from the page", cookie).statusCode());
        String ownOrigin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        assertEquals(204, publish("orders.1", "same origin", Map.of("Cookie", cookie.get("Cookie"), "Origin", ownOrigin)).statusCode());
        assertEquals(403, publish("orders.1", "forged", Map.of("Cookie", cookie.get("Cookie"), "Origin", "http://evil.example")).statusCode());
        assertEquals(403, publish("orders.1", "forged", Map.of("Cookie", cookie.get("Cookie"), "Sec-Fetch-Site", "cross-site")).statusCode());
    }
}
