package org.ssehub.it.cluster;

import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the cluster tests share: node settings, fresh stream names, and checks on ids. */
final class ClusterChecks {

    static final Duration WAIT = Duration.ofSeconds(15);

    private ClusterChecks() {
    }

    /** A node on that Redis: heartbeats every second, no demo generators unless asked for. */
    static Map<String, String> settings(String redisUrl, boolean generators) {
        return Map.of("sse.hub.redis.url", redisUrl, "sse.hub.heartbeat-seconds", "1",
                "sse.hub.demo.generators", Boolean.toString(generators));
    }

    static String fresh() {
        return "c-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<String> ids(List<Frame> frames) {
        return frames.stream().map(Frame::id).toList();
    }

    /** Publishes, then asserts the id is new and greater than the one before. */
    static List<String> publish(HubHttp node, String stream, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(node.publish(stream, "message", "e" + i));
        }
        assertIncreasing(ids);
        return ids;
    }

    static void assertIncreasing(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            assertTrue(Long.parseLong(ids.get(i)) > Long.parseLong(ids.get(i - 1)), "ids out of order: " + ids);
        }
    }

    /** A raw publish, whatever it answers. */
    static HttpResponse<String> tryPublish(HubHttp node, String stream, String data) {
        return node.post("api/publish?stream=" + HubHttp.q(stream), "text/plain; charset=UTF-8",
                data.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** Publishes once the store takes it again (after a Redis restart), within the wait. */
    static String publishOnceBack(HubHttp node, String stream, String data) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = tryPublish(node, stream, data);
            if (response.statusCode() == 204) {
                return response.headers().firstValue("Event-Id").orElseThrow();
            }
            assertEquals(503, response.statusCode(), response.body());
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Redis did not come back within " + WAIT);
            }
            sleep(200);
        }
    }

    /**
     * Waits until every node given takes publishes again after Redis came back. Each node's client
     * reconnects on its own schedule, so one node answering is no sign that the others do yet.
     */
    static void awaitBack(HubHttp... nodes) {
        for (HubHttp node : nodes) {
            publishOnceBack(node, "probe-" + fresh(), "is this node back on Redis?");
        }
    }

    /** The events up to and including the one with {@code lastId}, hub-reset frames included. */
    static List<Frame> eventsUntil(SseConnection sse, String lastId) {
        List<Frame> frames = new ArrayList<>();
        while (frames.isEmpty() || !lastId.equals(frames.get(frames.size() - 1).id())) {
            frames.add(sse.nextEvent(WAIT));
        }
        return frames;
    }

    static void awaitSubscribers(HubHttp node, String stream, int count) {
        HubHttp.await(WAIT, count + " subscribers of " + stream, () -> node.subscribers(stream) == count);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
