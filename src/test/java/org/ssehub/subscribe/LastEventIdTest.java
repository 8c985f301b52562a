package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;

import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LastEventIdTest {

    @Test
    void aPlainIdAppliesToEveryStream() {
        LastEventId id = LastEventId.parse(" 1795321600123456 ").orElseThrow();
        assertEquals(OptionalLong.of(1795321600123456L), id.forStream("events"));
        assertEquals(OptionalLong.of(1795321600123456L), id.forStream("news"));
    }

    @Test
    void aCursorNamesOneIdPerStream() {
        LastEventId id = LastEventId.parse("events:10,news:20").orElseThrow();
        assertEquals(OptionalLong.of(10), id.forStream("events"));
        assertEquals(OptionalLong.of(20), id.forStream("news"));
        assertEquals(OptionalLong.empty(), id.forStream("other"));
    }

    @Test
    void blankMeansNone() {
        assertTrue(LastEventId.parse(null).isEmpty());
        assertTrue(LastEventId.parse("  ").isEmpty());
    }

    @Test
    void anythingElseIsRejected() {
        for (String bad : new String[]{"abc", "-1", "1.5", "events:", ":5", "events:x", "bad name:1", "events:1,,news:2",
                "1234567890123456789"}) {
            assertThrows(IllegalArgumentException.class, () -> LastEventId.parse(bad), bad);
        }
    }
}
