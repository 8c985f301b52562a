package org.ssehub.stream.redis;

import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisServerExtension;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection owner against a real redis-server that goes away: a publish answers within the
 * 2 s a {@code 503} must come in, whether Redis is stopped, hung or was never there; the client
 * reconnects by itself; closing it leaves no Lettuce or Netty thread behind.
 */
class RedisConnectionTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final long ANSWER_WITHIN_MILLIS = 2_000;

    private static RedisStreamStore store(RedisConnection redis) {
        return new RedisStreamStore(redis, StoreBehaviour.KEYS, StoreBehaviour.ROOMY);
    }

    /** Runs a publish that must fail and returns how long it took to say so. */
    private static long millisToFail(RedisStreamStore store) {
        long start = System.nanoTime();
        assertThrows(StoreUnavailableException.class, () -> store.publish("down", "message", "x"));
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void whileRedisIsStoppedEveryPublishFailsFastAndAfterwardsItsIdsContinue() throws InterruptedException {
        try (RedisConnection redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), TIMEOUT)) {
            RedisStreamStore store = store(redis);
            long before = store.publish("down", "message", "stored").event().id();
            assertTrue(redis.connected(), "connected");
            assertEquals(0, redis.failures());
            REDIS.stop();
            for (int i = 0; i < 5; i++) {
                long took = millisToFail(store);
                assertTrue(took < ANSWER_WITHIN_MILLIS, "publish " + i + " failed after " + took + " ms");
            }
            // a command can fail on the closing channel a moment before Lettuce marks the connection inactive
            assertTrue(Eventually.holds(() -> !redis.connected(), Duration.ofMillis(ANSWER_WITHIN_MILLIS)),
                    "the connection is known to be down within " + ANSWER_WITHIN_MILLIS + " ms");
            assertTrue(redis.failures() >= 5, "every failed publish is counted: " + redis.failures());
            REDIS.start();
            long after = SingleRedisStoreTest.awaitPublish(store, "down", "back").event().id();
            assertTrue(after > before, "no id issued twice after Redis came back empty");
            assertTrue(redis.connected(), "connected again");
        }
    }

    /**
     * After a long outage the client is back within about the timeout, not after Lettuce's default
     * back-off (doubling up to 30 s: its next try would come about 4 s after this outage ends).
     */
    @Test
    void afterALongOutageTheClientIsBackWithinAboutTheTimeout() throws InterruptedException {
        try (RedisConnection redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), TIMEOUT)) {
            RedisStreamStore store = store(redis);
            store.publish("down", "message", "stored");
            REDIS.stop();
            Thread.sleep(5_000); // the outage: Lettuce keeps trying to reconnect meanwhile
            REDIS.start();
            long start = System.nanoTime();
            SingleRedisStoreTest.awaitPublish(store, "down", "back");
            long took = (System.nanoTime() - start) / 1_000_000;
            assertTrue(took < 2 * TIMEOUT.toMillis() + 500, "back " + took + " ms after Redis was");
        }
    }

    @Test
    void aHungRedisMakesAPublishFailAfterTheCommandTimeoutThoughItMayLandLater() {
        try (RedisConnection redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), TIMEOUT)) {
            RedisStreamStore store = store(redis);
            store.publish("down", "message", "stored");
            REDIS.freeze();
            try {
                long took = millisToFail(store);
                assertTrue(took >= TIMEOUT.toMillis() - 50 && took < ANSWER_WITHIN_MILLIS, "failed after " + took + " ms");
            } finally {
                REDIS.thaw();
            }
            SingleRedisStoreTest.awaitPublish(store, "down", "again");
            // Redis ran the timed-out script once it was thawed: a 503 after a timeout means "outcome
            // unknown", and a client that retries may publish twice (docs/redis-backplane.md).
            assertEquals(List.of("stored", "x", "again"),
                    store.last("down", 10).events().stream().map(org.ssehub.stream.Event::data).toList());
        }
    }

    @Test
    void aRedisThatIsNotThereFailsFastFromTheFirstPublish() throws InterruptedException {
        REDIS.stop();
        try (RedisConnection redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), TIMEOUT)) {
            RedisStreamStore store = store(redis);
            long first = millisToFail(store);
            assertTrue(first < ANSWER_WITHIN_MILLIS, "first publish failed after " + first + " ms");
            long second = millisToFail(store);
            assertTrue(second < ANSWER_WITHIN_MILLIS, "a second try does not wait either: " + second + " ms");
            Thread.sleep(TIMEOUT.toMillis() + 100); // past the pause between connection attempts
            long reconnecting = millisToFail(store);
            assertTrue(reconnecting < ANSWER_WITHIN_MILLIS, "a fresh attempt to connect failed after " + reconnecting + " ms");
            REDIS.start();
            SingleRedisStoreTest.awaitPublish(store, "down", "first");
            assertEquals(1, store.state("down").orElseThrow().retained());
        }
    }

    @Test
    void closingLeavesNoClientThreadBehind() throws InterruptedException {
        Set<Thread> before = ClientThreads.alive();
        RedisConnection redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), TIMEOUT);
        store(redis).publish("threads", "message", "x");
        StatefulRedisPubSubConnection<String, String> pubSub = redis.connectPubSub();
        pubSub.sync().subscribe("test-hub:{threads}:live");
        assertTrue(ClientThreads.alive().size() > before.size(), "the client did start threads (the check can fail)");
        pubSub.close();
        redis.close();
        redis.close();
        assertEquals(List.of(), ClientThreads.leftSince(before));
        assertThrows(StoreUnavailableException.class, () -> store(redis).publish("threads", "message", "late"));
    }
}
