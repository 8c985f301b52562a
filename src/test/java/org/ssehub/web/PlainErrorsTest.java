package org.ssehub.web;

import org.junit.jupiter.api.Test;
import org.ssehub.stream.HubFullException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one error mapping: which status each exception stands for, and what a 500 tells a client. */
class PlainErrorsTest {

    @Test
    void eachKindOfFailureHasItsStatus() {
        assertEquals(400, PlainErrors.statusOf(new IllegalArgumentException("bad name")));
        assertEquals(400, PlainErrors.statusOf(new NumberFormatException("a subclass is a client mistake too")));
        assertEquals(413, PlainErrors.statusOf(new TooLargeException("too large")));
        assertEquals(503, PlainErrors.statusOf(new HubFullException("full")));
        assertEquals(500, PlainErrors.statusOf(new IllegalStateException("a bug")));
    }

    @Test
    void aClientMistakeIsToldItsMessageAndA500NothingOfTheCause() {
        assertEquals("bad name", PlainErrors.messageOf(new IllegalArgumentException("bad name"), 400));
        assertEquals("internal error", PlainErrors.messageOf(new IllegalStateException("secret detail"), 500));
    }
}
