package org.ssehub.subscribe;

import org.ssehub.metrics.HubCounters.CutOff;

import java.util.Optional;

/**
 * Which ends of a connection were the hub cutting a client off, and why, for the metrics: the slow
 * client policy's reasons, and a failed write (a heartbeat, probe or event the client was gone for).
 * A client that left, a token that expired, a drain or a stop is no cut-off.
 */
final class CutOffs {

    private CutOffs() {
    }

    static Optional<CutOff> classify(String reason) {
        if (SlowClientPolicy.BACKLOG_FULL.equals(reason)) {
            return Optional.of(CutOff.BACKLOG_FULL);
        }
        if (SlowClientPolicy.NODE_FULL.equals(reason)) {
            return Optional.of(CutOff.NODE_QUEUE_FULL);
        }
        if (reason.startsWith(SlowClientPolicy.STALLED)) {
            return Optional.of(CutOff.STALLED);
        }
        if (reason.startsWith(ConnectionWriter.WRITE_FAILED)) {
            return Optional.of(CutOff.WRITE_FAILED);
        }
        return Optional.empty();
    }
}
