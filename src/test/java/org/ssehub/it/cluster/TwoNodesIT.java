package org.ssehub.it.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.it.CdiPublisherResource;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.PrometheusText;
import org.ssehub.it.support.SseConnection;
import org.ssehub.redis.RedisServerExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.cluster.ClusterChecks.WAIT;
import static org.ssehub.it.cluster.ClusterChecks.awaitBack;
import static org.ssehub.it.cluster.ClusterChecks.assertIncreasing;
import static org.ssehub.it.cluster.ClusterChecks.awaitSubscribers;
import static org.ssehub.it.cluster.ClusterChecks.eventsUntil;
import static org.ssehub.it.cluster.ClusterChecks.fresh;
import static org.ssehub.it.cluster.ClusterChecks.ids;
import static org.ssehub.it.cluster.ClusterChecks.publish;
import static org.ssehub.it.cluster.ClusterChecks.settings;
import static org.ssehub.it.cluster.ClusterChecks.tryPublish;

/** Two real nodes on one real Redis: one order for every subscriber, resume anywhere, Redis away and back. */
class TwoNodesIT {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private static HubNode a;
    private static HubNode b;

    @BeforeAll
    static void startNodes() {
        a = HubNode.start("node-a", settings(REDIS.url(), false), CdiPublisherResource.class);
        b = HubNode.start("node-b", settings(REDIS.url(), false));
    }

    @AfterAll
    static void stopNodes() {
        HubNode.closeAll(a, b);
    }

    @Test
    void concurrentPublishersOnBothNodesGiveEverySubscriberOneOrderWithTheSameIds() {
        String stream = fresh();
        try (SseConnection onA = a.http.subscribe("stream=" + stream); SseConnection onB = b.http.subscribe("stream=" + stream)) {
            awaitSubscribers(a.http, stream, 1);
            awaitSubscribers(b.http, stream, 1);
            CompletableFuture<List<String>> fromA = CompletableFuture.supplyAsync(() -> publish(a.http, stream, 25));
            CompletableFuture<List<String>> fromB = CompletableFuture.supplyAsync(() -> publish(b.http, stream, 25));
            List<String> published = new ArrayList<>(fromA.join());
            published.addAll(fromB.join());
            published.sort(Comparator.comparingLong(Long::parseLong));

            List<Frame> seenOnA = onA.events(50, WAIT);
            List<Frame> seenOnB = onB.events(50, WAIT);
            assertEquals(published, ids(seenOnA), "node A's subscriber: every event once, in id order");
            assertEquals(seenOnA, seenOnB, "both nodes: the same events, ids and data in the same order");
            onA.expectNoEvent(Duration.ofMillis(300));
            onB.expectNoEvent(Duration.ofMillis(100));
        }
    }

    @Test
    void aCdiPublishOnOneNodeReachesTheOtherNodesSubscribers() {
        String stream = fresh();
        try (SseConnection onB = b.http.subscribe("stream=" + stream)) {
            awaitSubscribers(b.http, stream, 1);
            HttpResponse<String> response = a.http.post("api/test/cdi?stream=" + stream, null, new byte[0], Map.of());
            assertEquals(200, response.statusCode(), response.body());
            List<Frame> seen = onB.events(2, WAIT);
            assertEquals(response.body().trim(), seen.get(0).id(), "the injected EventBus's event, with its id");
            assertEquals(List.of("from-bus", "from-event"), seen.stream().map(Frame::event).toList());
            assertIncreasing(ids(seen));
        }
    }

    @Test
    void aClientResumesOnTheOtherNodeWithAnIdFromTheFirstWhilePublishesGoOn() {
        String stream = fresh();
        List<String> before = publish(a.http, stream, 10);
        CompletableFuture<List<String>> during = CompletableFuture.supplyAsync(() -> {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ids.add((i % 2 == 0 ? a : b).http.publish(stream, "message", "during " + i));
                ClusterChecks.sleep(10);
            }
            return ids;
        });
        ClusterChecks.sleep(50);
        try (SseConnection onB = b.http.subscribe("stream=" + stream, Map.of("Last-Event-ID", before.get(4)))) {
            List<String> expected = new ArrayList<>(before.subList(5, 10));
            expected.addAll(during.join());
            assertIncreasing(expected);
            assertEquals(expected, ids(onB.events(expected.size(), WAIT)), "nothing missing, nothing twice, no reset");
            onB.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void redisStoppedAnswers503WithinTwoSecondsKeepsConnectionsAndResumesWithItsDataWithoutGapOrDuplicate() {
        String stream = fresh();
        try (SseConnection onB = b.http.subscribe("stream=" + stream)) {
            awaitSubscribers(b.http, stream, 1);
            List<String> old = publish(a.http, stream, 3);
            assertEquals(old, ids(onB.events(3, WAIT)));

            double errorsBefore = a.http.metrics().value("sse_hub_backplane_errors_total");
            REDIS.stopKeepingData();
            long start = System.nanoTime();
            HttpResponse<String> refused = tryPublish(a.http, stream, "while Redis is away");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertTrue(tookMillis < 2000, "the 503 took " + tookMillis + " ms");
            HubHttp.await(WAIT, "node a's metrics to show the backplane down",
                    () -> a.http.metrics().value("sse_hub_backplane_up") == 0);
            assertTrue(a.http.metrics().value("sse_hub_backplane_errors_total") > errorsBefore, "the refused publish is an error");
            HttpResponse<String> ready = a.http.get("api/health/ready");
            assertEquals(200, ready.statusCode(), "Redis away does not take the node out: " + ready.body());
            assertTrue(ready.body().contains("\"reachable\":false"), ready.body());
            Frame heartbeat = onB.next(Duration.ofSeconds(5), Frame::isComment);
            assertTrue(heartbeat.isComment(), "the subscriber keeps getting heartbeats");

            REDIS.start();
            awaitBack(a.http, b.http);
            HubHttp.await(WAIT, "node a's metrics to show the backplane up", () -> a.http.metrics().value("sse_hub_backplane_up") == 1);
            String first = a.http.publish(stream, "message", "back");
            List<String> after = new ArrayList<>(List.of(first));
            after.addAll(publish(b.http, stream, 3));
            List<Frame> seen = eventsUntil(onB, after.get(after.size() - 1));
            List<String> seenIds = seen.stream().filter(f -> f.id() != null).map(Frame::id).toList();
            assertEquals(after, seenIds, "after Redis came back: every event once, none of before again");
            assertTrue(Long.parseLong(first) > Long.parseLong(old.get(2)), "ids go on increasing");
            seen.stream().filter(f -> f.id() == null)
                    .forEach(reset -> assertEquals("hub-reset", reset.event(), "only a hub-reset comes without an id"));
            onB.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void redisRestartedEmptyGivesSubscribersAHubResetAndNeverReusesAnId() {
        String stream = fresh();
        double resetsBefore = a.http.metrics().value("sse_hub_backplane_resets_total");
        try (SseConnection onA = a.http.subscribe("stream=" + stream)) {
            awaitSubscribers(a.http, stream, 1);
            List<String> old = publish(b.http, stream, 3);
            assertEquals(old, ids(onA.events(3, WAIT)));

            REDIS.stop();
            REDIS.start();
            awaitBack(a.http, b.http);
            String next = b.http.publish(stream, "message", "after the loss");
            assertTrue(Long.parseLong(next) > Long.parseLong(old.get(2)), "no id issued twice: " + next + " after " + old);
            List<Frame> seen = eventsUntil(onA, next);
            assertEquals("hub-reset", seen.get(0).event(), "the subscriber is told it may have missed events: " + seen);
            assertTrue(seen.get(0).data().contains("\"reason\":\"expired\""), seen.get(0).data());
            assertEquals(List.of(next), seen.subList(1, seen.size()).stream().map(Frame::id).toList());
            assertTrue(a.http.metrics().value("sse_hub_backplane_resets_total") > resetsBefore, "the feed's reset is counted");
        }
        // a client that resumes with an old id is told too, on either node
        String stream2 = fresh();
        List<String> kept = publish(a.http, stream2, 2);
        REDIS.stop();
        REDIS.start();
        awaitBack(a.http, b.http);
        String later = a.http.publish(stream2, "message", "new era");
        try (SseConnection resumed = b.http.subscribe("stream=" + stream2, Map.of("Last-Event-ID", kept.get(1)))) {
            Frame reset = resumed.nextEvent(WAIT);
            assertEquals("hub-reset", reset.event(), reset.toString());
            assertEquals(later, resumed.nextEvent(WAIT).id());
        }
    }

    @Test
    void aClientOfAStoppedNodeResumesOnTheOtherWithNoGapAndTheNodeLeavesNoRedisThreadBehind() {
        String stream = fresh();
        Set<Thread> before = redisThreads();
        HubNode c = HubNode.start("node-c", settings(REDIS.url(), false));
        String last;
        try (SseConnection onC = c.http.subscribe("stream=" + stream)) {
            awaitSubscribers(c.http, stream, 1);
            List<String> first = publish(a.http, stream, 5);
            List<Frame> seen = onC.events(5, WAIT);
            assertEquals(first, ids(seen));
            last = seen.get(4).id();
            c.close();
            onC.awaitEnd(WAIT);
        }
        HubHttp.await(Duration.ofSeconds(5), "the stopped node's Redis client and feed threads to end",
                () -> redisThreads().stream().allMatch(before::contains));
        List<String> meanwhile = publish(b.http, stream, 5);
        try (SseConnection onA = a.http.subscribe("stream=" + stream, Map.of("Last-Event-ID", last))) {
            assertEquals(meanwhile, ids(onA.events(5, WAIT)));
            onA.expectNoEvent(Duration.ofMillis(300));
        }
    }

    @Test
    void streamsShowRedisFiguresAndTheSubscribersOfEveryNode() {
        String stream = fresh();
        List<String> ids = publish(a.http, stream, 4);
        try (SseConnection onA = a.http.subscribe("stream=" + stream); SseConnection onB = b.http.subscribe("stream=" + stream);
             SseConnection onB2 = b.http.subscribe("stream=" + stream)) {
            awaitSubscribers(b.http, stream, 2);
            HttpResponse<String> fromA = a.http.get("api/streams/" + stream);
            assertEquals(200, fromA.statusCode());
            assertTrue(fromA.body().contains("\"lastId\":\"" + ids.get(3) + "\""), fromA.body());
            assertTrue(fromA.body().contains("\"retained\":4"), fromA.body());
            assertTrue(fromA.body().contains("\"subscribers\":1"), fromA.body());
            HubHttp.await(WAIT, "all nodes' count of 3",
                    () -> a.http.get("api/streams/" + stream).body().contains("\"allSubscribers\":3"));
        }
    }

    @Test
    void eachNodesMetricsShowTheBackplaneUpAndTheLagOfTheEventsItsFeedDelivered() {
        String stream = fresh();
        PrometheusText before = b.http.metrics();
        try (SseConnection onB = b.http.subscribe("stream=" + stream)) {
            awaitSubscribers(b.http, stream, 1);
            List<String> sent = publish(a.http, stream, 3);
            assertEquals(sent, ids(onB.events(3, WAIT)));
        }
        PrometheusText after = b.http.metrics();
        assertEquals(1, after.value("sse_hub_backplane_up"));
        double events = after.value("sse_hub_backplane_lag_seconds_count") - before.value("sse_hub_backplane_lag_seconds_count");
        double lag = after.value("sse_hub_backplane_lag_seconds_sum") - before.value("sse_hub_backplane_lag_seconds_sum");
        assertTrue(events >= 3, "node b's feed delivered the three events: " + events);
        assertTrue(lag >= 0 && lag / events < 5, "a mean lag of seconds at most on one box: " + lag / events + " s");
        assertTrue(after.value("sse_hub_backplane_lag_last_seconds") < 5, "the last event's lag");
        assertTrue(after.has("sse_hub_backplane_feed_backlog"), "the feed's backlog");
        assertEquals("counter", after.family("sse_hub_backplane_errors").orElseThrow().type());
        assertEquals("counter", after.family("sse_hub_backplane_resets").orElseThrow().type());
    }

    /** Threads of a node's Redis client (Lettuce, its Netty loops) and of its live feed. */
    private static Set<Thread> redisThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(t -> {
            String name = t.getName().toLowerCase(Locale.ROOT);
            return name.contains("lettuce") || name.startsWith("sse-hub-redis");
        }).collect(Collectors.toSet());
    }
}
