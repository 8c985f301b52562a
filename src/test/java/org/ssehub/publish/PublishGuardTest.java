package org.ssehub.publish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishGuardTest {

    @Test
    void withoutATokenOnlyLoopbackMayPublish() {
        assertNull(PublishGuard.decide("", null, "127.0.0.1"));
        assertNull(PublishGuard.decide("", null, "127.8.9.10"));
        assertNull(PublishGuard.decide("", null, "0:0:0:0:0:0:0:1"));
        assertNull(PublishGuard.decide("", null, "[::1]"));
        assertEquals(403, PublishGuard.decide("", null, "192.0.2.7").status());
        assertEquals(403, PublishGuard.decide("", null, "2001:db8::1").status());
        assertEquals(403, PublishGuard.decide("", null, "localhost").status(), "names are never resolved");
        assertEquals(403, PublishGuard.decide("", null, null).status());
    }

    @Test
    void withATokenEveryAddressNeedsIt() {
        assertEquals(401, PublishGuard.decide("t0k", null, "127.0.0.1").status());
        assertEquals(401, PublishGuard.decide("t0k", "Bearer nope", "127.0.0.1").status());
        assertEquals(401, PublishGuard.decide("t0k", "t0k", "192.0.2.7").status());
        assertNull(PublishGuard.decide("t0k", "Bearer t0k", "192.0.2.7"));
    }

    @Test
    void loopbackDetection() {
        assertTrue(PublishGuard.isLoopback("::1"));
        assertFalse(PublishGuard.isLoopback("10.0.0.1"));
        assertFalse(PublishGuard.isLoopback("example.com"));
    }
}
