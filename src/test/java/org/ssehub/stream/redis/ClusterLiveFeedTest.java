package org.ssehub.stream.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.redis.RedisClusterExtension;
import org.ssehub.stream.Event;
import org.ssehub.stream.ResetSignal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes (two clients, two feeds) on a real 3-master Redis Cluster, both publishing to streams
 * spread over the masters: every node's feed sees every stream's events, in one and the same order.
 */
class ClusterLiveFeedTest {

    @RegisterExtension
    static final RedisClusterExtension CLUSTER = new RedisClusterExtension();

    private static final List<String> STREAMS = List.of("events", "news", "a", "b", "c", "d");

    /** One hub node: its own client, store and feed, recording what it is handed per stream. */
    private static final class Node implements FeedListener, AutoCloseable {
        final Map<String, List<Long>> seen = new ConcurrentHashMap<>();
        final List<ResetSignal> resets = new CopyOnWriteArrayList<>();
        final RedisConnection redis = RedisConnection.open(RedisAddress.parse(CLUSTER.url()), Duration.ofSeconds(1));
        final RedisStreamStore store = new RedisStreamStore(redis, StoreBehaviour.KEYS, StoreBehaviour.ROOMY);
        final LiveFeed feed = new LiveFeed(redis, store, StoreBehaviour.KEYS, this, 10_000, Duration.ofSeconds(1));

        @Override
        public void deliver(Event event) {
            seen.computeIfAbsent(event.stream(), s -> new CopyOnWriteArrayList<>()).add(event.id());
        }

        @Override
        public void reset(ResetSignal reset) {
            resets.add(reset);
        }

        @Override
        public void close() {
            feed.close();
            redis.close();
        }
    }

    @Test
    void publishesOnBothNodesReachBothNodesInTheSameOrderAndClosingStopsEveryThread() throws Exception {
        Set<Thread> before = ClientThreads.alive();
        try (Node a = new Node(); Node b = new Node()) {
            for (String stream : STREAMS) {
                long start = a.store.publish(stream, "message", "start").event().id();
                a.feed.follow(stream, start);
                b.feed.follow(stream, start);
            }
            ExecutorService publishers = Executors.newFixedThreadPool(2);
            List<Future<Integer>> done = new ArrayList<>();
            try {
                for (Node node : List.of(a, b)) {
                    done.add(publishers.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            for (String stream : STREAMS) {
                                node.store.publish(stream, "message", "e" + i);
                            }
                        }
                        return 50 * STREAMS.size();
                    }));
                }
                for (Future<Integer> f : done) {
                    f.get();
                }
            } finally {
                publishers.shutdownNow();
            }
            long deadline = System.currentTimeMillis() + 15_000;
            while (!(complete(a) && complete(b)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            for (String stream : STREAMS) {
                List<Long> history = StoreBehaviour.ids(a.store.after(stream, 0, 1000).events()).subList(1, 101);
                assertEquals(history, a.seen.get(stream), "node A, " + stream);
                assertEquals(history, b.seen.get(stream), "node B, " + stream);
            }
            assertTrue(a.resets.isEmpty() && b.resets.isEmpty(), "no reset: nothing was lost");
        }
        assertEquals(List.of(), ClientThreads.leftSince(before), "the cluster clients and feeds left no thread");
    }

    private static boolean complete(Node node) {
        return STREAMS.stream().allMatch(s -> node.seen.getOrDefault(s, List.of()).size() >= 100);
    }
}
