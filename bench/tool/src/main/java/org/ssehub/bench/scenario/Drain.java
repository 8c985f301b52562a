package org.ssehub.bench.scenario;

import java.util.function.LongSupplier;

/** Waits for in-flight events after publishing stops: until all arrived or nothing arrived for a while. */
final class Drain {

    private Drain() {
    }

    static void await(LongSupplier delivered, long expected, long quietMillis, long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        long last = delivered.getAsLong();
        long lastChange = System.currentTimeMillis();
        while (last < expected && System.currentTimeMillis() < deadline
                && System.currentTimeMillis() - lastChange < quietMillis) {
            Thread.sleep(20);
            long now = delivered.getAsLong();
            if (now != last) {
                last = now;
                lastChange = System.currentTimeMillis();
            }
        }
    }
}
