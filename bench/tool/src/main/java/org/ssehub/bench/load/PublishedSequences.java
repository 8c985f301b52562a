package org.ssehub.bench.load;

import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLong;

/** A numbered publisher's sequence numbers: the next one to send and the ones the server accepted (2xx). */
final class PublishedSequences {

    private final AtomicLong next = new AtomicLong();
    private final BitSet accepted = new BitSet();

    long next() {
        return next.getAndIncrement();
    }

    synchronized void accept(long sequence) {
        accepted.set((int) sequence);
    }

    synchronized BitSet accepted() {
        return (BitSet) accepted.clone();
    }
}
