package org.ssehub.stream.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisUnderTest;
import org.ssehub.redis.RedisServerExtension;
import org.ssehub.stream.ResetSignal;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store on one real redis-server, including what a restart with and without data does. */
class SingleRedisStoreTest extends StoreBehaviour {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Override
    RedisUnderTest target() {
        return REDIS;
    }

    @Test
    void aRestartWithItsDataKeepsTheHistoryIssuesNoIdTwiceAndResetsWhatItCannotProve() {
        RedisStreamStore store = store(ROOMY);
        List<Published> before = publish(store, "kept", "a", "b");
        Published a = before.get(0);
        Published b = before.get(1);
        REDIS.stopKeepingData();
        REDIS.start();
        Published c = awaitPublish(store, "kept", "c");
        assertTrue(c.event().id() > b.event().id());
        assertTrue(c.epoch() > b.event().id(), "a new era starts above every id issued before the restart");
        assertEquals(List.of(a.event().id(), b.event().id(), c.event().id()), ids(store.last("kept", 10).events()),
                "the retained events survive, once each");
        Page resumed = store.after("kept", a.event().id(), 10);
        assertEquals(ResetSignal.EXPIRED, resumed.reset().reason(),
                "writes acknowledged just before the restart may be lost: the hub cannot prove no gap");
        assertEquals(List.of(b.event().id(), c.event().id()), ids(resumed.events()), "no duplicate");
        assertNull(store.after("kept", c.event().id(), 10).reset(), "within the new era nothing is missing");
    }

    @Test
    void aRestartWithoutDataResetsResumesAndIdsStayAboveTheLostOnes() {
        RedisStreamStore store = store(ROOMY);
        Published a = store.publish("emptied", "message", "a");
        REDIS.stop();
        REDIS.start();
        Published b = awaitPublish(store, "emptied", "b");
        assertTrue(b.event().id() > a.event().id());
        Page resumed = store.after("emptied", a.event().id(), 10);
        assertEquals(ResetSignal.EXPIRED, resumed.reset().reason());
        assertEquals(List.of(b.event().id()), ids(resumed.events()));
    }

    /** The client reconnects by itself after a restart; until it has, publishes fail fast. */
    static Published awaitPublish(RedisStreamStore store, String stream, String data) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            try {
                return store.publish(stream, "message", data);
            } catch (StoreUnavailableException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }
}
