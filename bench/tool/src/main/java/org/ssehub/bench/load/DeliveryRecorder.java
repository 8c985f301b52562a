package org.ssehub.bench.load;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-epoch delivery bookkeeping of one client loop thread. Written by that thread, read by the
 * coordinator through {@link #addTo}; the lock is uncontended except at snapshots.
 */
final class DeliveryRecorder {

    private final Map<Integer, EpochStats> epochs = new HashMap<>();
    private long foreign;
    private long comments;

    synchronized void event(int epoch, long sentNanos, long nowNanos) {
        epochs.computeIfAbsent(epoch, e -> new EpochStats()).record((nowNanos - sentNanos) / 1_000);
    }

    synchronized void foreignEvent() {
        foreign++;
    }

    synchronized void comment() {
        comments++;
    }

    synchronized void addTo(int epoch, EpochStats target) {
        EpochStats stats = epochs.get(epoch);
        if (stats != null) {
            target.add(stats);
        }
    }

    synchronized long delivered() {
        long sum = 0;
        for (EpochStats stats : epochs.values()) {
            sum += stats.delivered();
        }
        return sum;
    }

    synchronized long foreign() {
        return foreign;
    }

    synchronized long comments() {
        return comments;
    }
}
