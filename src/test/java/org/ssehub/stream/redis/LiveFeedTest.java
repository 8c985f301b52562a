package org.ssehub.stream.redis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisServerExtension;
import org.ssehub.stream.Event;
import org.ssehub.stream.ResetSignal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live path against a real redis-server: announced events arrive in order and once each, and
 * whatever Pub/Sub loses (a missed announcement, a dropped connection, a full inbox, Redis losing
 * its data) is caught up from the history or reported as a reset, never a silent gap.
 */
class LiveFeedTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    /** What the feed hands over, in order: ids of events, "reset:<reason>" for resets. */
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final FeedListener recorder = new FeedListener() {
        @Override
        public void deliver(Event event) {
            received.add(Long.toString(event.id()));
        }

        @Override
        public void reset(ResetSignal reset) {
            received.add("reset:" + reset.reason());
        }
    };
    private RedisConnection redis;
    private RedisStreamStore store;

    @BeforeEach
    void connect() {
        redis = RedisConnection.open(RedisAddress.parse(REDIS.url()), Duration.ofSeconds(1));
        store = new RedisStreamStore(redis, StoreBehaviour.KEYS, StoreBehaviour.ROOMY);
    }

    @AfterEach
    void close() {
        redis.close();
    }

    private LiveFeed feed(int capacity, Duration checkEvery) {
        return new LiveFeed(redis, store, StoreBehaviour.KEYS, recorder, capacity, checkEvery);
    }

    /**
     * Follows a stream from its current end, as a node does when its first subscriber arrives, and
     * waits until the feed is live (an event published after following has arrived).
     */
    private void followFromNow(LiveFeed feed, RedisStreamStore store, String stream) throws InterruptedException {
        feed.follow(stream, store.publish(stream, "message", "before").event().id());
        String ready = Long.toString(store.publish(stream, "message", "ready").event().id());
        await(() -> received.contains(ready), "the feed to be live");
        received.clear();
    }

    private List<Long> publishSome(String stream, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(store.publish(stream, "message", "e" + i).event().id());
        }
        return ids;
    }

    /** Waits until as many events as expected have arrived, then checks they are exactly these, in this order. */
    private void assertReceived(List<Long> expected) throws InterruptedException {
        await(() -> received.size() >= expected.size(), expected.size() + " events");
        assertEquals(expected.stream().map(String::valueOf).toList(), received);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        assertTrue(Eventually.holds(condition, Duration.ofSeconds(10)), "waited 10 s for " + what);
    }

    @Test
    void concurrentPublishesArriveInIdOrderOnceEach() throws Exception {
        try (LiveFeed feed = feed(10_000, Duration.ofMinutes(1))) {
            followFromNow(feed, store, "live");
            ExecutorService publishers = Executors.newFixedThreadPool(3);
            List<Long> published = Collections.synchronizedList(new ArrayList<>());
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    done.add(publishers.submit(() -> {
                        for (int i = 0; i < 100; i++) {
                            published.add(store.publish("live", "message", "x").event().id());
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                publishers.shutdownNow();
            }
            Collections.sort(published);
            assertReceived(published);
        }
    }

    @Test
    void aMissedAnnouncementIsCaughtUpFromTheHistory() throws InterruptedException {
        try (LiveFeed feed = feed(10_000, Duration.ofMinutes(1))) {
            followFromNow(feed, store, "holes");
            long unannounced = UnannouncedPublish.publish(redis, "holes", "lost on the wire");
            long next = store.publish("holes", "message", "announced").event().id();
            assertReceived(List.of(unannounced, next));
        }
    }

    @Test
    void aFeedThatHearsNothingCatchesUpAtItsPositionCheck() throws InterruptedException {
        try (LiveFeed feed = feed(10_000, Duration.ofMillis(300))) {
            followFromNow(feed, store, "silent");
            long unannounced = UnannouncedPublish.publish(redis, "silent", "only in the history");
            assertReceived(List.of(unannounced));
        }
    }

    @Test
    void aFullInboxFallsBackToTheHistory() throws Exception {
        try (LiveFeed feed = feed(1, Duration.ofMinutes(1))) {
            followFromNow(feed, store, "burst");
            assertReceived(publishSome("burst", 200));
        }
    }

    @Test
    void aDroppedPubSubConnectionLosesNothing() throws Exception {
        try (LiveFeed feed = feed(10_000, Duration.ofMinutes(1))) {
            followFromNow(feed, store, "dropped");
            List<Long> published = new ArrayList<>(publishSome("dropped", 1));
            REDIS.cli("CLIENT", "KILL", "TYPE", "pubsub");
            published.addAll(publishSome("dropped", 20));
            Thread.sleep(500);
            published.add(store.publish("dropped", "message", "after").event().id());
            assertReceived(published);
        }
    }

    @Test
    void redisLosingItsDataIsReportedOnceAsAResetThenTheNewEventsFollow() throws InterruptedException {
        try (LiveFeed feed = feed(10_000, Duration.ofMillis(300))) {
            followFromNow(feed, store, "flushed");
            long a = store.publish("flushed", "message", "a").event().id();
            await(() -> received.size() >= 1, "the first event");
            REDIS.flushAll();
            Thread.sleep(700); // two position checks while Redis holds nothing of the stream
            long b = store.publish("flushed", "message", "b").event().id();
            await(() -> received.size() >= 3, "the reset and the new event");
            Thread.sleep(700);
            assertEquals(List.of(Long.toString(a), "reset:" + ResetSignal.EXPIRED, Long.toString(b)), received);
        }
    }

    @Test
    void aStreamFollowedWhileRedisWasAwayIsHeardOnceItIsBack() throws InterruptedException {
        try (LiveFeed feed = feed(10_000, Duration.ofMinutes(1))) {
            REDIS.stop();
            feed.follow("away", 1);
            REDIS.start();
            assertHeardAfterRedisCameBack("away");
        }
    }

    @Test
    void aFeedStartedWhileRedisIsDownConnectsWhenItComesBack() throws InterruptedException {
        REDIS.stop();
        try (LiveFeed feed = feed(10_000, Duration.ofMinutes(1))) {
            feed.follow("early", 1);
            REDIS.start();
            assertHeardAfterRedisCameBack("early");
        }
    }

    /** Publishes until the feed hears the stream again; then it has the reset (id 1 is long gone) and every event. */
    private void assertHeardAfterRedisCameBack(String stream) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        List<Long> published = new ArrayList<>();
        while (received.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200); // until the feed has (re)connected and hears announcements
            try {
                published.add(store.publish(stream, "message", "live").event().id());
            } catch (StoreUnavailableException notYet) {
                // the command connection reconnects too
            }
        }
        await(() -> received.size() >= 1 + published.size(), "the reset and every event");
        assertEquals("reset:" + ResetSignal.EXPIRED, received.get(0), "id 1 predates what Redis holds");
        assertEquals(published.stream().map(String::valueOf).toList(), received.subList(1, received.size()));
    }

    @Test
    void closingStopsTheFeedsThread() {
        LiveFeed feed = feed(10, Duration.ofMillis(100));
        feed.follow("closing", 0);
        assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("sse-hub-redis-feed")));
        feed.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("sse-hub-redis-feed")));
    }
}
