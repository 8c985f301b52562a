package org.ssehub.bench.scenario;

/**
 * Scenario A at one connection count: connections attempted, made, failed, still held after the settle
 * time, and the server's RSS after a full GC, against its RSS with no connection.
 */
public record IdleLevel(int level, int attempted, int established, int failed, int held, long rssKiB,
        long baselineRssKiB, int serverFds) {

    public double rssPerConnectionKiB() {
        return held == 0 ? 0 : (double) (rssKiB - baselineRssKiB) / held;
    }
}
