package org.ssehub.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class LossCounterTest {

    private static BitSet accepted(int... sequences) {
        BitSet set = new BitSet();
        for (int s : sequences) {
            set.set(s);
        }
        return set;
    }

    @Test
    void countsWhatWasAcceptedButNeverReceived() {
        LossCounter counter = new LossCounter();
        counter.record(0);
        counter.record(2);
        counter.record(5);

        assertEquals(2, counter.missing(accepted(0, 1, 2, 3, 5)), "1 and 3 missing");
        assertEquals(0, counter.duplicates());
    }

    @Test
    void countsEveryRepeatAsADuplicateWhateverTheOrder() {
        LossCounter counter = new LossCounter();
        for (long s : new long[] {3, 1, 3, 2, 1, 3}) {
            counter.record(s);
        }

        assertEquals(3, counter.duplicates(), "3 twice more, 1 once more");
        assertEquals(0, counter.missing(accepted(1, 2, 3)));
    }

    @Test
    void anEventNotAcceptedIsNotMissingAndUnnumberedEventsAreIgnored() {
        LossCounter counter = new LossCounter();
        counter.record(-1);
        counter.record(-1);

        assertEquals(0, counter.duplicates());
        assertEquals(0, counter.missing(new BitSet()));
        assertEquals(2, counter.missing(accepted(0, 7)), "a subscriber that got nothing misses everything");
    }

    @Test
    void lossOfAPoolAddsUp() {
        Loss total = new Loss(2, 3, 0, 1).plus(new Loss(3, 0, 1, 1));

        assertEquals(new Loss(5, 3, 1, 2), total);
        assertEquals(false, total.none());
        assertEquals(true, Loss.NONE.none());
    }
}
