package org.ssehub.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TwoNodeOptionsTest {

    @Test
    void parsesRoundsAndPorts() {
        TwoNodeOptions options = TwoNodeOptions.parse("3", "47101", "47102, 47103", "0", List.of(1000));

        assertEquals(new TwoNodeOptions(3, 47101, List.of(47102, 47103), 0, List.of(1000)), options);
    }

    @Test
    void refusesNoRoundOrOtherThanTwoNodes() {
        assertThrows(IllegalArgumentException.class, () -> TwoNodeOptions.parse("0", "1", "2,3", "0", List.of()));
        assertThrows(IllegalArgumentException.class, () -> TwoNodeOptions.parse("1", "1", "2", "0", List.of()));
        assertThrows(NumberFormatException.class, () -> TwoNodeOptions.parse("x", "1", "2,3", "0", List.of()));
    }
}
