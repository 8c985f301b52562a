package org.ssehub.stream.redis;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something Lettuce or Redis does on its own threads: polls a condition until it holds or the time is up. */
final class Eventually {

    private Eventually() {
    }

    /** Whether {@code condition} held within {@code timeout}, checked every 10 ms. */
    static boolean holds(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
