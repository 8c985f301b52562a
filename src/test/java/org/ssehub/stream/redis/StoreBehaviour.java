package org.ssehub.stream.redis;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssehub.redis.RedisUnderTest;
import org.ssehub.stream.Event;
import org.ssehub.stream.ResetSignal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Redis store promises, run against a real single Redis and a real 3-master Cluster
 * (the subclasses). Each test starts on an empty Redis.
 */
abstract class StoreBehaviour {

    static final RedisKeys KEYS = new RedisKeys("test-hub:");
    static final StoreLimits ROOMY = StoreLimits.of(1000, 3_600_000, 1 << 20);

    RedisConnection redis;

    /** The Redis under test: the subclass's extension. */
    abstract RedisUnderTest target();

    String cli(String... args) {
        return target().cli(args);
    }

    @BeforeEach
    void connect() {
        redis = RedisConnection.open(RedisAddress.parse(target().url()), Duration.ofSeconds(1));
    }

    @AfterEach
    void close() {
        redis.close();
    }

    RedisStreamStore store(StoreLimits limits) {
        return new RedisStreamStore(redis, KEYS, limits);
    }

    /** Publishes one event per datum, type {@code message}, in order. */
    static List<Published> publish(RedisStreamStore store, String stream, String... data) {
        List<Published> published = new ArrayList<>();
        for (String datum : data) {
            published.add(store.publish(stream, "message", datum));
        }
        return published;
    }

    static List<Long> ids(List<Event> events) {
        return events.stream().map(Event::id).toList();
    }

    @Test
    void idsStrictlyIncreaseUnderConcurrentPublishersAndTheHistoryKeepsTheirOrder() throws Exception {
        RedisStreamStore store = store(ROOMY);
        ExecutorService publishers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Long>>> tasks = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                tasks.add(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < 150; i++) {
                        mine.add(store.publish("race", "message", thread + "-" + i).event().id());
                    }
                    return mine;
                });
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : publishers.invokeAll(tasks)) {
                List<Long> mine = f.get();
                for (int i = 1; i < mine.size(); i++) {
                    assertTrue(mine.get(i) > mine.get(i - 1), "one publisher's ids increase");
                }
                all.addAll(mine);
            }
            assertEquals(600, all.stream().distinct().count(), "no id issued twice");
            Collections.sort(all);
            Page page = store.last("race", 1000);
            assertEquals(all, ids(page.events()), "history holds every event in id order");
            assertEquals(600, page.state().retained());
            assertEquals(all.get(599), page.state().lastId());
        } finally {
            publishers.shutdownNow();
        }
    }

    @Test
    void eachPublishNamesThePreviousIdAndARoundTripKeepsTheEventIntact() {
        RedisStreamStore store = store(ROOMY);
        Published first = store.publish("news", "headline", "line one\nline two\r\nü €");
        Published second = store.publish("news", "message", "x");
        assertEquals(first.event().id(), second.previousId());
        assertEquals(first.epoch(), second.epoch());
        assertEquals(first.epoch(), first.previousId() + 1, "a new stream's first event starts its era");
        Page page = store.after("news", first.previousId(), 10);
        assertNull(page.reset());
        Event back = page.events().get(0);
        assertEquals("headline", back.type());
        assertEquals("line one\nline two\r\nü €", back.data());
        assertEquals(new String(first.event().frame()), new String(back.frame()));
        long bytes = "headline".length() + "line one\nline two\r\nü €".getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                + "message".length() + 1;
        assertEquals(bytes, page.state().retainedBytes());
    }

    @Test
    void aTypeWithALineBreakIsRefusedBeforeReachingRedis() {
        RedisStreamStore store = store(ROOMY);
        assertThrows(IllegalArgumentException.class, () -> store.publish("types", "two\nlines", "x"));
        assertFalse(store.state("types").isPresent());
    }

    @Test
    void resumingInsideTheWindowGivesExactlyWhatFollowsAndABoundedPage() {
        RedisStreamStore store = store(ROOMY);
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            published.add(store.publish("page", "message", "e" + i).event().id());
        }
        Page page = store.after("page", published.get(3), 4);
        assertNull(page.reset());
        assertEquals(published.subList(4, 8), ids(page.events()));
        assertTrue(store.after("page", published.get(9), 10).events().isEmpty());
        assertNull(store.after("page", published.get(9), 10).reset(), "the newest id is nothing missed");
    }

    @Test
    void anIdTheStreamNeverReachedIsUnknown() {
        RedisStreamStore store = store(ROOMY);
        long last = store.publish("ahead", "message", "x").event().id();
        Page page = store.after("ahead", last + 60_000_000L, 10);
        assertEquals(ResetSignal.UNKNOWN, page.reset().reason());
        assertTrue(page.events().isEmpty());
        assertEquals(ResetSignal.UNKNOWN, store.after("never-published", Long.MAX_VALUE / 2, 10).reset().reason());
        assertEquals(ResetSignal.EXPIRED, store.after("never-published", 1, 10).reset().reason());
    }

    @Test
    void countBoundLetsTheOldestGoAndAResumeBeforeThemIsReset() {
        RedisStreamStore store = store(StoreLimits.of(5, 3_600_000, 1 << 20));
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            published.add(store.publish("count", "message", "e" + i).event().id());
        }
        Page all = store.last("count", 100);
        assertEquals(published.subList(3, 8), ids(all.events()));
        assertEquals(published.get(2), all.state().floor());
        Page resumed = store.after("count", published.get(1), 100);
        assertEquals(ResetSignal.EXPIRED, resumed.reset().reason());
        assertEquals(published.get(3), resumed.reset().oldestId());
        assertEquals(published.subList(3, 8), ids(resumed.events()));
        Page noGap = store.after("count", published.get(2), 100);
        assertNull(noGap.reset(), "the newest event let go was seen: nothing is missing");
        assertEquals(published.subList(3, 8), ids(noGap.events()));
    }

    @Test
    void byteBoundLetsTheOldestGo() {
        RedisStreamStore store = store(StoreLimits.of(1000, 3_600_000, 100));
        String forty = "x".repeat(39);
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            published.add(store.publish("bytes", "m", forty).event().id());
        }
        Page page = store.last("bytes", 100);
        assertEquals(published.subList(3, 5), ids(page.events()));
        assertEquals(80, page.state().retainedBytes());
        assertEquals(ResetSignal.EXPIRED, store.after("bytes", published.get(1), 10).reset().reason());
        Published huge = store.publish("bytes", "m", "y".repeat(200));
        Page afterHuge = store.last("bytes", 100);
        assertTrue(afterHuge.events().isEmpty(), "an event larger than the bound is not retained");
        assertEquals(0, afterHuge.state().retainedBytes());
        assertEquals(huge.event().id(), afterHuge.state().floor());
    }

    @Test
    void ageBoundLetsOldEventsGoOnReadAndOnPublish() throws InterruptedException {
        RedisStreamStore store = store(StoreLimits.of(1000, 300, 1 << 20));
        long first = store.publish("age", "message", "old").event().id();
        long second = store.publish("age", "message", "old too").event().id();
        Thread.sleep(1_500); // past the age bound plus the era margin of a new stream's ids
        Page page = store.after("age", first, 10);
        assertEquals(ResetSignal.EXPIRED, page.reset().reason());
        assertTrue(page.events().isEmpty());
        assertEquals(second, page.state().floor());
        assertEquals(0, page.state().retained());
        long third = store.publish("age", "message", "new").event().id();
        assertEquals(List.of(third), ids(store.after("age", second, 10).events()));
        assertNull(store.after("age", second, 10).reset());
    }

    @Test
    void afterRedisLostTheDataResumesAreResetAndNoIdIsIssuedTwice() {
        RedisStreamStore store = store(ROOMY);
        Published a = store.publish("lost", "message", "a");
        Published b = publish(store, "lost", "b").get(0);
        target().flushAll();
        Page nothing = store.after("lost", b.event().id(), 10);
        assertEquals(ResetSignal.EXPIRED, nothing.reset().reason());
        assertNull(nothing.state());
        Published c = store.publish("lost", "message", "c");
        assertTrue(c.event().id() > b.event().id(), "ids continue above the lost ones");
        assertTrue(c.epoch() > b.epoch(), "a new era");
        Page resumed = store.after("lost", b.event().id(), 10);
        assertEquals(ResetSignal.EXPIRED, resumed.reset().reason());
        assertEquals(List.of(c.event().id()), ids(resumed.events()));
        assertEquals(ResetSignal.EXPIRED, store.after("lost", a.event().id(), 10).reset().reason());
    }

    @Test
    void everyKeyHasAnExpiry() throws InterruptedException {
        RedisStreamStore store = store(new StoreLimits(1000, 200, 1 << 20, 800));
        store.publish("ttl", "message", "x");
        for (String key : List.of(KEYS.meta("ttl"), KEYS.log("ttl"))) {
            long ttl = Long.parseLong(cli("PTTL", key));
            assertTrue(ttl > 0 && ttl <= 2_200, key + " expires, in " + ttl + " ms");
        }
        assertTrue(Long.parseLong(cli("PTTL", KEYS.meta("ttl"))) >= Long.parseLong(cli("PTTL", KEYS.log("ttl"))) - 50,
                "the state outlives the log");
        long deadline = System.currentTimeMillis() + 6_000;
        while (System.currentTimeMillis() < deadline
                && !("0".equals(cli("EXISTS", KEYS.meta("ttl"))) && "0".equals(cli("EXISTS", KEYS.log("ttl"))))) {
            Thread.sleep(100);
        }
        assertEquals("0", cli("EXISTS", KEYS.meta("ttl")));
        assertEquals("0", cli("EXISTS", KEYS.log("ttl")));
        assertFalse(store.state("ttl").isPresent());
    }

    @Test
    void streamsAreIndependent() {
        RedisStreamStore store = store(StoreLimits.of(2, 3_600_000, 1 << 20));
        for (int i = 0; i < 5; i++) {
            store.publish("one", "message", "1-" + i);
        }
        Published other = store.publish("two", "message", "2");
        assertEquals(2, store.state("one").orElseThrow().retained());
        assertEquals(1, store.state("two").orElseThrow().retained());
        assertNotNull(store.after("two", other.previousId(), 10).events().get(0));
    }
}
