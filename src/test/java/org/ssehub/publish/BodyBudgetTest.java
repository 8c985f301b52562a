package org.ssehub.publish;

import jakarta.ws.rs.WebApplicationException;
import org.ssehub.web.TooLargeException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Publish bodies read at once share the node's budget: 503 with Retry-After when it is spent, 413 for one body too large. */
class BodyBudgetTest {

    private static final int LIMIT = 64 * 1024;

    private static InputStream body(int bytes) {
        return new ByteArrayInputStream("b".repeat(bytes).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyThatDoesNotFitBesideThoseInFlightIsRefusedUntilTheyAreDone() {
        BodyBudget budget = new BodyBudget(100_000);
        BodyBudget.Claim first = budget.claim();
        assertEquals(60_000, RequestBody.read(body(60_000), null, 60_000, LIMIT, first).length());

        try (BodyBudget.Claim second = budget.claim()) {
            WebApplicationException refused = assertThrows(WebApplicationException.class,
                    () -> RequestBody.read(body(50_000), null, 50_000, LIMIT, second));
            assertEquals(503, refused.getResponse().getStatus());
            assertEquals(BodyBudget.RETRY_AFTER_SECONDS, refused.getResponse().getHeaderString("Retry-After"));
        }
        assertEquals(60_000, budget.inFlight(), "the refused body holds nothing");

        first.close();
        assertEquals(0, budget.inFlight());
        try (BodyBudget.Claim third = budget.claim()) {
            assertEquals(50_000, RequestBody.read(body(50_000), null, 50_000, LIMIT, third).length());
        }
        assertEquals(0, budget.inFlight());
    }

    @Test
    void aBodyWithoutALengthIsChargedAsItIsRead() {
        BodyBudget budget = new BodyBudget(40_000);
        try (BodyBudget.Claim claim = budget.claim()) {
            WebApplicationException refused = assertThrows(WebApplicationException.class,
                    () -> RequestBody.read(body(50_000), null, -1, LIMIT, claim));
            assertEquals(503, refused.getResponse().getStatus());
        }
        assertEquals(0, budget.inFlight());
        try (BodyBudget.Claim claim = budget.claim()) {
            assertEquals(30_000, RequestBody.read(body(30_000), null, -1, LIMIT, claim).length());
            assertEquals(30_000, budget.inFlight());
        }
    }

    @Test
    void oneBodyOverTheLimitIsStill413NotAWaitForBudget() {
        BodyBudget budget = new BodyBudget(10L << 20);
        try (BodyBudget.Claim claim = budget.claim()) {
            assertThrows(TooLargeException.class,
                    () -> RequestBody.read(body(LIMIT + 1), null, LIMIT + 1, LIMIT, claim));
            assertThrows(TooLargeException.class,
                    () -> RequestBody.read(body(LIMIT + 1), null, -1, LIMIT, claim));
        }
        assertEquals(0, budget.inFlight());
    }
}
