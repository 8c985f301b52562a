package org.ssehub.it.cluster;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;
import org.ssehub.redis.RedisServerExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ssehub.it.cluster.ClusterChecks.WAIT;
import static org.ssehub.it.cluster.ClusterChecks.awaitBack;
import static org.ssehub.it.cluster.ClusterChecks.awaitSubscribers;
import static org.ssehub.it.cluster.ClusterChecks.eventsUntil;
import static org.ssehub.it.cluster.ClusterChecks.fresh;
import static org.ssehub.it.cluster.ClusterChecks.ids;
import static org.ssehub.it.cluster.ClusterChecks.publish;
import static org.ssehub.it.cluster.ClusterChecks.settings;
import static org.ssehub.it.cluster.ClusterChecks.tryPublish;

/**
 * Redis mode on the server this suite runs against, with the WAR it deploys there (the thin ee WAR, with
 * Lettuce and its libraries, on TomEE and Payara): two deployments on one real Redis are two nodes, each
 * with its own hub and Redis client. Cross-node order, resume on the other node, Redis away and back.
 * On Payara one node only (see {@link #ONE_NODE_ONLY}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeployedNodesIT {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Deployment(name = "node-x", managed = false, testable = false)
    static WebArchive nodeX() {
        return HubArchive.create("node-x", settings(REDIS.url(), false));
    }

    @Deployment(name = "node-y", managed = false, testable = false)
    static WebArchive nodeY() {
        return HubArchive.create("node-y", settings(REDIS.url(), false));
    }

    @ArquillianResource
    Deployer deployer;

    /**
     * Payara's Arquillian adapter starts one Payara Micro per deployment, all on the suite's one port, so a
     * second deployment cannot run next to the first there: on Payara the checks run against one node
     * in Redis mode (its live feed delivers its own publishes), which proves the ee WAR's Redis client.
     */
    private static final boolean ONE_NODE_ONLY = "payara".equals(System.getProperty("hub.server"));

    @Test
    void twoDeploymentsOnOneRedisShareTheirStreamsAndRideOutARedisRestart() {
        deployer.deploy("node-x");
        try {
            if (!ONE_NODE_ONLY) {
                deployer.deploy("node-y");
            }
            try {
                HubHttp x = new HubHttp(HubArchive.rootUri("node-x"));
                HubHttp y = ONE_NODE_ONLY ? x : new HubHttp(HubArchive.rootUri("node-y"));
                String stream = fresh();
                List<String> published = concurrentOnBothNodesOneOrder(x, y, stream);
                resumeOnTheOtherNode(x, y, stream, published);
                redisAwayAndBack(x, y, stream);
            } finally {
                if (!ONE_NODE_ONLY) {
                    deployer.undeploy("node-y");
                }
            }
        } finally {
            deployer.undeploy("node-x");
        }
    }

    private static List<String> concurrentOnBothNodesOneOrder(HubHttp x, HubHttp y, String stream) {
        try (SseConnection onX = x.subscribe("stream=" + stream); SseConnection onY = y.subscribe("stream=" + stream)) {
            awaitSubscribers(x, stream, ONE_NODE_ONLY ? 2 : 1);
            awaitSubscribers(y, stream, ONE_NODE_ONLY ? 2 : 1);
            CompletableFuture<List<String>> fromX = CompletableFuture.supplyAsync(() -> publish(x, stream, 10));
            List<String> published = new ArrayList<>(publish(y, stream, 10));
            published.addAll(fromX.join());
            published.sort(Comparator.comparingLong(Long::parseLong));
            List<Frame> seenOnX = onX.events(20, WAIT);
            assertEquals(published, ids(seenOnX), "every event once, in id order");
            assertEquals(seenOnX, onY.events(20, WAIT), "both nodes: the same events in the same order");
            return published;
        }
    }

    private static void resumeOnTheOtherNode(HubHttp x, HubHttp y, String stream, List<String> published) {
        List<String> more = publish(x, stream, 3);
        try (SseConnection onY = y.subscribe("stream=" + stream, Map.of("Last-Event-ID", published.get(15)))) {
            List<String> expected = new ArrayList<>(published.subList(16, 20));
            expected.addAll(more);
            expected.addAll(publish(x, stream, 2));
            assertEquals(expected, ids(onY.events(expected.size(), WAIT)), "nothing missing, nothing twice");
            onY.expectNoEvent(Duration.ofMillis(300));
        }
    }

    private static void redisAwayAndBack(HubHttp x, HubHttp y, String stream) {
        try (SseConnection onY = y.subscribe("stream=" + stream)) {
            awaitSubscribers(y, stream, 1);
            REDIS.stopKeepingData();
            long start = System.nanoTime();
            HttpResponse<String> refused = tryPublish(x, stream, "while Redis is away");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertTrue(tookMillis < 2000, "the 503 took " + tookMillis + " ms");
            assertTrue(onY.next(Duration.ofSeconds(5), Frame::isComment).isComment(), "heartbeats go on");

            REDIS.start();
            awaitBack(x, y);
            List<String> after = publish(x, stream, 3);
            List<String> seen = eventsUntil(onY, after.get(2)).stream().filter(f -> f.id() != null).map(Frame::id).toList();
            assertEquals(after, seen, "after Redis came back: every event once, none from before again");
        }
    }
}
