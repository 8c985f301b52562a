package org.ssehub.stream.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisUnderTest;
import org.ssehub.redis.RedisClusterExtension;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            if (Long.parseLong(org.ssehub.redis.RedisCli.run(port, "DBSIZE")) > 0) {
                withKeys++;
            }
        }
        assertTrue(withKeys >= 2, "the streams live on more than one master (" + withKeys + ")");
        assertTrue(slots.size() > 1);
    }
}
