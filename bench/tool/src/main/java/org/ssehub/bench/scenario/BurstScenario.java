package org.ssehub.bench.scenario;

import java.time.Duration;
import org.ssehub.bench.load.SseClientPool;

/**
 * Scenario F: a burst of new subscribers arriving at a fixed rate (open loop: each connect starts when it
 * is due, answered or not), as when a page goes live or a node comes back and its clients return. A warm-up
 * of a tenth as many at a tenth of the rate comes first and stays connected, then the measured burst, each
 * connect timed from when it was due to its response head. Everyone disconnects at the end.
 */
public final class BurstScenario {

    private final Target target;
    private final int arrivals;
    private final int perSecond;
    private final int clientThreads;

    public BurstScenario(Target target, int arrivals, int perSecond, int clientThreads) {
        if (arrivals < 10 || perSecond < 10) {
            throw new IllegalArgumentException("a burst needs at least 10 arrivals at 10/s: " + arrivals + "@" + perSecond);
        }
        this.target = target;
        this.arrivals = arrivals;
        this.perSecond = perSecond;
        this.clientThreads = clientThreads;
    }

    public BurstResult run() throws InterruptedException {
        String path = target.eventsPath("bench-F-" + System.currentTimeMillis() % 100_000);
        try (SseClientPool pool = new SseClientPool(clientThreads)) {
            pool.connectAtRate(target.address(), path, arrivals / 10, Math.max(1, perSecond / 10), Duration.ofSeconds(60));
            Thread.sleep(2_000);
            int from = pool.attempted();
            int establishedBefore = pool.established();
            int failedBefore = pool.failed();
            Duration timeout = Duration.ofMillis(arrivals * 1_000L / perSecond).plusSeconds(60);
            pool.connectAtRate(target.address(), path, arrivals, perSecond, timeout);
            return new BurstResult(arrivals, perSecond, pool.established() - establishedBefore,
                    pool.failed() - failedBefore, Latencies.of(pool.connectLatencies(from, pool.attempted())));
        }
    }

    /** {@code N@R}: N arrivals at R per second. */
    public static int[] parse(String spec) {
        String[] parts = spec.split("@");
        if (parts.length != 2) {
            throw new IllegalArgumentException("--burst takes N@R (N arrivals at R per second): " + spec);
        }
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }
}
