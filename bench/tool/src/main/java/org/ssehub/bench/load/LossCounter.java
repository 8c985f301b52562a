package org.ssehub.bench.load;

import java.util.BitSet;

/**
 * What one subscriber received of a numbered publisher's events: each sequence number seen, and how many
 * arrived more than once. Written by the subscriber's loop thread, read by the coordinator after the drain.
 * Memory: one bit per sequence number up to the highest seen, allocated on the first numbered event.
 */
final class LossCounter {

    private BitSet seen;
    private long duplicates;

    synchronized void record(long sequence) {
        if (sequence < 0 || sequence > Integer.MAX_VALUE) {
            return;
        }
        if (seen == null) {
            seen = new BitSet();
        }
        int index = (int) sequence;
        if (seen.get(index)) {
            duplicates++;
        } else {
            seen.set(index);
        }
    }

    /** Sequence numbers in {@code accepted} (the events the server answered 2xx) this subscriber never got. */
    synchronized long missing(BitSet accepted) {
        BitSet missing = (BitSet) accepted.clone();
        if (seen != null) {
            missing.andNot(seen);
        }
        return missing.cardinality();
    }

    synchronized long duplicates() {
        return duplicates;
    }
}
