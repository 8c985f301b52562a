package org.ssehub.access;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoopbackTest {

    @Test
    void onlyLiteralLoopbackAddressesCount() {
        assertTrue(Loopback.is("127.0.0.1"));
        assertTrue(Loopback.is("127.8.9.10"));
        assertTrue(Loopback.is("0:0:0:0:0:0:0:1"));
        assertTrue(Loopback.is("[::1]"));
        assertTrue(Loopback.is("::1"));
        assertFalse(Loopback.is("192.0.2.7"));
        assertFalse(Loopback.is("2001:db8::1"));
        assertFalse(Loopback.is("10.0.0.1"));
        assertFalse(Loopback.is("localhost"), "names are never resolved");
        assertFalse(Loopback.is("example.com"));
        assertFalse(Loopback.is(null));
        assertFalse(Loopback.is(""));
    }
}
