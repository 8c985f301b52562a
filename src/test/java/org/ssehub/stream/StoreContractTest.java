package org.ssehub.stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.redis.RedisServerExtension;
import org.ssehub.runtime.HubThreads;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stream behaviour both stores promise, run against each: in memory, and on a real Redis
 * ({@link ClusterStreams}, whose live events come asynchronously from its feed).
 */
class StoreContractTest {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Hub> hubs = new ArrayList<>();

    @AfterEach
    void stop() {
        hubs.forEach(Hub::stop);
        timer.shutdownNow();
    }

    private Hub hub(String store) {
        HubConfig config = new HubConfig() {
            @Override
            public String string(Setting setting) {
                return setting == Setting.REDIS_URL && store.equals("redis") ? REDIS.url() : setting.defaultValue();
            }
        };
        Hub hub = new Hub(config, new HubThreads(config) {
            @Override
            public ScheduledExecutorService timer() {
                return timer;
            }
        });
        hub.start();
        hubs.add(hub);
        return hub;
    }

    /** Records like a connection: ignores live events its replay covered; a control event is a reset. */
    static final class Sink implements EventSink {
        private static final FanOut AT_ONCE = (event, members) -> members.forEach(m -> m.deliver(event));
        final List<Long> ids = Collections.synchronizedList(new ArrayList<>());
        final List<String> liveResets = Collections.synchronizedList(new ArrayList<>());
        volatile ResetSignal reset;
        private volatile long startedAt;

        @Override
        public void start(String stream, long position, ResetSignal reset, List<Event> replay) {
            this.reset = reset;
            startedAt = replay.isEmpty() ? position : Math.max(position, replay.get(replay.size() - 1).id());
            replay.forEach(e -> ids.add(e.id()));
        }

        @Override
        public void deliver(Event event) {
            if (event.isControl()) {
                liveResets.add(event.data());
            } else if (event.id() > startedAt) {
                ids.add(event.id());
            }
        }

        @Override
        public FanOut fanOut() {
            return AT_ONCE;
        }

        List<Long> awaitIds(int count) {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (ids.size() < count && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            synchronized (ids) {
                return List.copyOf(ids);
            }
        }
    }

    private static List<Long> publish(Hub hub, String stream, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(hub.publish(stream, "m", "e" + i).id());
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "redis"})
    void aResumeGetsTheRestThenLiveEventsWithNoGapAndNoDuplicate(String store) {
        Hub hub = hub(store);
        List<Long> before = publish(hub, "resume", 5);
        Sink sink = new Sink();
        hub.subscribe(sink, "resume", StartPoint.after(before.get(1)));
        List<Long> expected = new ArrayList<>(before.subList(2, 5));
        expected.addAll(publish(hub, "resume", 3));
        assertEquals(expected, sink.awaitIds(6));
        assertNull(sink.reset);
        assertEquals(List.of(), sink.liveResets);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "redis"})
    void anIdTheStreamNeverIssuedIsUnknownAndTheNewestNAreReplayed(String store) {
        Hub hub = hub(store);
        List<Long> ids = publish(hub, "replay", 4);
        Sink ahead = new Sink();
        hub.subscribe(ahead, "replay", StartPoint.after(ids.get(3) + 1_000_000_000L));
        assertEquals(ResetSignal.UNKNOWN, ahead.reset.reason());
        Sink lastTwo = new Sink();
        hub.subscribe(lastTwo, "replay", StartPoint.last(2));
        assertEquals(ids.subList(2, 4), lastTwo.awaitIds(2));
        Sink all = new Sink();
        hub.subscribe(all, "replay", StartPoint.all());
        assertEquals(ids, all.awaitIds(4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "redis"})
    void aNewStreamsLiveSubscriberGetsEveryEventInOrderAndNoReset(String store) {
        Hub hub = hub(store);
        Sink sink = new Sink();
        hub.subscribe(sink, "fresh", StartPoint.live());
        List<Long> ids = publish(hub, "fresh", 5);
        assertEquals(ids, sink.awaitIds(5));
        assertEquals(List.of(), sink.liveResets);
        assertEquals(1, hub.stream("fresh").orElseThrow().subscribers);
        hub.unsubscribe(sink, List.of("fresh"));
    }

    @Test
    void twoHubsOnOneRedisShareIdsAndOrder() {
        Hub first = hub("redis");
        Hub second = hub("redis");
        Sink onFirst = new Sink();
        Sink onSecond = new Sink();
        first.subscribe(onFirst, "shared", StartPoint.live());
        second.subscribe(onSecond, "shared", StartPoint.live());
        List<Long> ids = new ArrayList<>(publish(second, "shared", 3));
        ids.addAll(publish(first, "shared", 3));
        assertEquals(ids, onFirst.awaitIds(6));
        assertEquals(ids, onSecond.awaitIds(6));
    }

    @Test
    void stoppingARedisHubStopsItsClientAndFeedThreads() throws InterruptedException {
        Hub hub = hub("redis");
        hub.publish("threads", "m", "1");
        hubs.remove(hub);
        hub.stop();
        long deadline = System.currentTimeMillis() + 5_000;
        List<String> left = redisThreads();
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            left = redisThreads();
        }
        assertEquals(List.of(), left);
    }

    private static List<String> redisThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> {
                    String n = name.toLowerCase(Locale.ROOT);
                    return n.contains("lettuce") || n.startsWith("sse-hub-redis");
                }).sorted().toList();
    }
}
