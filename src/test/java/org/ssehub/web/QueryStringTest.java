package org.ssehub.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryStringTest {

    @Test
    void wellFormedQueriesPass() {
        assertTrue(QueryString.wellFormed(null));
        assertTrue(QueryString.wellFormed(""));
        assertTrue(QueryString.wellFormed("stream=events&replay=all"));
        assertTrue(QueryString.wellFormed("msg=caf%C3%A9%20%2B%25"));
        assertTrue(QueryString.wellFormed("msg=café&x=%20"), "a character the container decoded already");
    }

    @Test
    void aBadEscapeOrBadUtf8Fails() {
        assertFalse(QueryString.wellFormed("stream=%ZZ"));
        assertFalse(QueryString.wellFormed("stream=%"));
        assertFalse(QueryString.wellFormed("stream=ab%4"));
        assertFalse(QueryString.wellFormed("stream=%E0%A4%A"));
        assertFalse(QueryString.wellFormed("msg=%C3%28"), "not UTF-8");
    }
}
