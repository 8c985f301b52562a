package org.ssehub.subscribe;

import org.junit.jupiter.api.Test;
import org.ssehub.metrics.HubCounters.CutOff;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which ends of a connection the metrics count as cut-offs, from the reasons the code really gives. */
class CutOffsTest {

    @Test
    void thePolicysReasonsAndFailedWritesAreCutOffs() {
        assertEquals(Optional.of(CutOff.BACKLOG_FULL), CutOffs.classify(SlowClientPolicy.BACKLOG_FULL));
        assertEquals(Optional.of(CutOff.NODE_QUEUE_FULL), CutOffs.classify(SlowClientPolicy.NODE_FULL));
        String stalled = new SlowClientPolicy(1).check(1, 10).cutOffReason();
        assertEquals(Optional.of(CutOff.STALLED), CutOffs.classify(stalled));
        assertEquals(Optional.of(CutOff.WRITE_FAILED), CutOffs.classify(ConnectionWriter.WRITE_FAILED + "java.io.IOException: Broken pipe"));
    }

    @Test
    void leavingDrainingAndStoppingAreNot() {
        for (String reason : new String[]{"completed", "timed out", "token expired", Drain.REASON, "hub stopping",
                "connection error: java.io.EOFException"}) {
            assertEquals(Optional.empty(), CutOffs.classify(reason), reason);
        }
    }
}
