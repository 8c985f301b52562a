package org.ssehub.stream.redis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisServerExtension;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generator lease and the per-node subscriber counts, against a real redis-server. */
class LeaseAndCountsTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private RedisConnection redis;

    @BeforeEach
    void connect() {
        redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        redis.close();
    }

    private RedisLease lease(String holder, Duration ttl) {
        return new RedisLease(redis, StoreBehaviour.KEYS, "generators", holder, ttl);
    }

    @Test
    void oneNodeHoldsTheLeaseAndAnotherTakesItOverWhenItLapses() throws InterruptedException {
        RedisLease a = lease("node-a", Duration.ofMillis(1_000));
        RedisLease b = lease("node-b", Duration.ofMillis(1_000));
        assertTrue(a.holdOrRenew());
        assertFalse(b.holdOrRenew());
        for (int i = 0; i < 4; i++) {
            Thread.sleep(250);
            assertTrue(a.holdOrRenew(), "the holder renews it");
            assertFalse(b.holdOrRenew(), "while renewed, nobody else gets it");
        }
        Thread.sleep(1_300); // a stops renewing, as a dead node does
        assertTrue(b.holdOrRenew(), "the lease lapsed: b takes over");
        assertFalse(a.holdOrRenew());
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceAndOnlyItsHolderCanReleaseIt() {
        RedisLease a = lease("node-a", Duration.ofMinutes(1));
        RedisLease b = lease("node-b", Duration.ofMinutes(1));
        assertTrue(a.holdOrRenew());
        b.release();
        assertFalse(b.holdOrRenew(), "b could not release a's lease");
        a.release();
        assertTrue(b.holdOrRenew());
        long ttl = Long.parseLong(REDIS.cli("PTTL", StoreBehaviour.KEYS.lease("generators")));
        assertTrue(ttl > 0 && ttl <= 60_000, "the lease expires: " + ttl);
    }

    @Test
    void countsAddUpOverNodesAndADeadNodesCountGoesAway() throws InterruptedException {
        NodeCounts a = new NodeCounts(redis, StoreBehaviour.KEYS, "node-a", Duration.ofMinutes(1));
        NodeCounts b = new NodeCounts(redis, StoreBehaviour.KEYS, "node-b", Duration.ofMillis(1_500));
        assertEquals(3, a.report("news", 3));
        assertEquals(7, b.report("news", 4));
        assertEquals(7, a.total("news"));
        assertEquals(5, a.report("news", 1));
        assertEquals(0, a.total("other"));
        Thread.sleep(1_800); // b stops reporting, as a dead node does
        assertEquals(1, a.total("news"));
        assertEquals(0, a.report("news", 0));
        assertEquals("0", REDIS.cli("EXISTS", StoreBehaviour.KEYS.nodeCounts("news")), "nothing left behind");
    }

    @Test
    void countKeysExpireWhenNoNodeReports() throws InterruptedException {
        new NodeCounts(redis, StoreBehaviour.KEYS, "node-a", Duration.ofMillis(300)).report("quiet", 2);
        assertTrue(Long.parseLong(REDIS.cli("PTTL", StoreBehaviour.KEYS.nodeCounts("quiet"))) > 0);
        assertTrue(Long.parseLong(REDIS.cli("PTTL", StoreBehaviour.KEYS.nodeExpiries("quiet"))) > 0);
        Thread.sleep(600);
        assertEquals("0", REDIS.cli("EXISTS", StoreBehaviour.KEYS.nodeCounts("quiet")));
        assertEquals("0", REDIS.cli("EXISTS", StoreBehaviour.KEYS.nodeExpiries("quiet")));
    }
}
