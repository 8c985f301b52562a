package org.ssehub.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MedianTest {

    @Test
    void middleOfAnOddCount() {
        assertEquals(4.0, Median.of(List.of(9.0, 1.0, 4.0)));
    }

    @Test
    void meanOfTheMiddleTwoOfAnEvenCount() {
        assertEquals(2.5, Median.of(List.of(3.0, 1.0, 2.0, 8.0)));
    }

    @Test
    void roundsWithoutAFigureAreLeftOut() {
        assertEquals(5.0, Median.of(List.of(Double.NaN, 5.0)));
        assertTrue(Double.isNaN(Median.of(List.of(Double.NaN))));
        assertTrue(Double.isNaN(Median.of(List.of())));
    }
}
