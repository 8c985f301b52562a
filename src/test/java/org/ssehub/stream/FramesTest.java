package org.ssehub.stream;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FramesTest {

    private static String body(String type, String data) {
        return new String(Frames.body(type, data), StandardCharsets.UTF_8);
    }

    @Test
    void singleLine() {
        assertEquals("event: tick\ndata: 2026-11-22T03:00:00Z\n\n", body("tick", "2026-11-22T03:00:00Z"));
    }

    @Test
    void crLfAndCrLfEachStartANewDataLine() {
        assertEquals("event: m\ndata: a\ndata: b\ndata: c\ndata: d\n\n", body("m", "a\r\nb\rc\nd"));
    }

    @Test
    void trailingAndBlankLinesSurvive() {
        assertEquals("event: m\ndata: a\ndata: \ndata: \n\n", body("m", "a\n\n"));
    }

    @Test
    void utf8AndLeadingSpacesAreKept() {
        assertEquals("event: m\ndata:  héllo\n\n", body("m", " héllo"));
    }

    @Test
    void idPrefixesTheBody() {
        assertEquals("id: 42\nevent: m\ndata: x\n\n",
                new String(Frames.withId("42", Frames.body("m", "x")), StandardCharsets.UTF_8));
    }

    @Test
    void retryAndComment() {
        assertEquals("retry: 3000\n\n", new String(Frames.retry(3000), StandardCharsets.UTF_8));
        assertEquals(": keepalive\n\n", new String(Frames.comment("keepalive"), StandardCharsets.UTF_8));
    }
}
