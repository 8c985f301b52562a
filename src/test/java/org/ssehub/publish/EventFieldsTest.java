package org.ssehub.publish;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EventFieldsTest {

    @Test
    void defaults() {
        assertEquals("events", EventFields.stream(null));
        assertEquals("events", EventFields.stream(""));
        assertEquals("message", EventFields.type(null));
        assertEquals("message", EventFields.type(""));
    }

    @Test
    void typeRules() {
        assertEquals("t".repeat(64), EventFields.type("t".repeat(64)));
        assertThrows(IllegalArgumentException.class, () -> EventFields.type("t".repeat(65)));
        assertThrows(IllegalArgumentException.class, () -> EventFields.type("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> EventFields.type("a\rb"));
        assertThrows(IllegalArgumentException.class, () -> EventFields.type("a\0b"));
        assertThrows(IllegalArgumentException.class, () -> EventFields.type("hub-anything"));
    }

    @Test
    void dataIsRequired() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventFields.data(" \n"));
        assertEquals("msg required", e.getMessage());
        assertEquals(" x ", EventFields.data(" x "));
    }

    @Test
    void streamNames() {
        assertEquals("a.b_c-1", EventFields.stream("a.b_c-1"));
        assertThrows(IllegalArgumentException.class, () -> EventFields.stream("a b"));
        assertThrows(IllegalArgumentException.class, () -> EventFields.stream("x".repeat(65)));
    }
}
