package org.ssehub.access;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamPatternsTest {

    @Test
    void exactNamesAndPrefixesCoverWhatTheGrammarSays() {
        assertCovers("user.42", List.of("user.42"), List.of("user.4", "user.420"));
        assertCovers("user.4", List.of("user.4"), List.of("user.42"));
        assertCovers("orders.*", List.of("orders.1", "orders."), List.of("orders", "ordersX"));
        assertCovers("*", List.of("anything", "x"), List.of());
    }

    @Test
    void aListCoversAllOnlyWhenEachIsCovered() {
        StreamPatterns p = StreamPatterns.parse(" user.42 , news ");
        assertTrue(p.coversAll(List.of("user.42", "news")));
        assertFalse(p.coversAll(List.of("user.42", "user.43")));
        assertTrue(StreamPatterns.parse("").isEmpty());
    }

    @Test
    void whatIsNotAPatternIsRefused() {
        for (String bad : List.of("a*b", "**", "user 42", "", "x".repeat(65))) {
            assertThrows(IllegalArgumentException.class, () -> StreamPatterns.of(List.of(bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> StreamPatterns.parse("news,,x"));
    }

    private static void assertCovers(String pattern, List<String> covered, List<String> notCovered) {
        StreamPatterns p = StreamPatterns.of(List.of(pattern));
        assertEquals(List.of(), covered.stream().filter(s -> !p.covers(s)).toList(), pattern + " should cover");
        assertEquals(List.of(), notCovered.stream().filter(p::covers).toList(), pattern + " should not cover");
    }
}
