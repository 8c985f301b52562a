package org.ssehub.stream.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisUnderTest;
import org.ssehub.redis.RedisClusterExtension;
import org.ssehub.redis.RedisCli;
import org.ssehub.stream.ResetSignal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on a real 3-master Redis Cluster: the same behaviour, with streams spread over the masters. */
class ClusterRedisStoreTest extends StoreBehaviour {

    @RegisterExtension
    static final RedisClusterExtension CLUSTER = new RedisClusterExtension();

    @Override
    RedisUnderTest target() {
        return CLUSTER;
    }

    @Test
    void aStreamsKeysShareOneSlotAndStreamsSpreadOverTheMasters() {
        Set<String> slots = new HashSet<>();
        RedisStreamStore store = store(ROOMY);
        for (String stream : List.of("events", "news", "a", "b", "c", "d", "e", "f")) {
            store.publish(stream, "message", stream);
            String slot = cli("CLUSTER", "KEYSLOT", KEYS.meta(stream));
            assertEquals(slot, cli("CLUSTER", "KEYSLOT", KEYS.log(stream)));
            assertEquals(slot, cli("CLUSTER", "KEYSLOT", KEYS.nodeCounts(stream)));
            slots.add(slot);
            assertEquals(1, store.state(stream).orElseThrow().retained());
        }
        int withKeys = 0;
        for (int port : CLUSTER.ports()) {
            if (Long.parseLong(RedisCli.run(port, "DBSIZE")) > 0) {
                withKeys++;
            }
        }
        assertTrue(withKeys >= 2, "the streams live on more than one master (" + withKeys + ")");
        assertTrue(slots.size() > 1);
    }

    @Test
    void whileAMasterIsDownPublishesFailFastAndItsStreamsStartANewEraWhenItIsBack() {
        RedisStreamStore store = store(ROOMY);
        String stream = streamOn(0, store);
        long before = store.publish(stream, "message", "stored").event().id();
        CLUSTER.stopMaster(0);
        try {
            long start = System.nanoTime();
            assertThrows(StoreUnavailableException.class, () -> store.publish(stream, "message", "lost"));
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took < 2_000, "failed after " + took + " ms");
        } finally {
            CLUSTER.startMaster(0);
        }
        Published back = SingleRedisStoreTest.awaitPublish(store, stream, "back");
        assertTrue(back.event().id() > before, "no id issued twice");
        Page resumed = store.after(stream, before, 10);
        assertEquals(ResetSignal.EXPIRED, resumed.reset().reason(), "the master came back empty");
        assertEquals(List.of(back.event().id()), ids(resumed.events()));
    }

    /** A stream whose keys live on the given master. */
    private static String streamOn(int master, RedisStreamStore store) {
        for (int i = 0; i < 100; i++) {
            String stream = "s" + i;
            store.publish(stream, "message", "probe");
            if ("1".equals(RedisCli.run(CLUSTER.ports().get(master), "EXISTS", KEYS.meta(stream)))) {
                return stream;
            }
        }
        throw new IllegalStateException("no stream of 100 landed on master " + master);
    }
}
