package org.ssehub.it.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.SseConnection;
import org.ssehub.redis.RedisClusterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ssehub.it.cluster.ClusterChecks.WAIT;
import static org.ssehub.it.cluster.ClusterChecks.awaitSubscribers;
import static org.ssehub.it.cluster.ClusterChecks.fresh;
import static org.ssehub.it.cluster.ClusterChecks.ids;
import static org.ssehub.it.cluster.ClusterChecks.publish;
import static org.ssehub.it.cluster.ClusterChecks.settings;

/** Two real nodes on a real 3-master Redis Cluster: streams on every master, cross-node delivery and resume. */
class ClusterNodesIT {

    @RegisterExtension
    static final RedisClusterExtension REDIS = new RedisClusterExtension();

    private static HubNode a;
    private static HubNode b;

    @BeforeAll
    static void startNodes() {
        a = HubNode.start("cluster-a", settings(REDIS.url(), false));
        b = HubNode.start("cluster-b", settings(REDIS.url(), false));
    }

    @AfterAll
    static void stopNodes() {
        HubNode.closeAll(a, b);
    }

    @Test
    void eventsOfStreamsOnEveryMasterReachBothNodesInOneOrder() {
        for (int i = 0; i < 3; i++) { // random names: three of them land on more than one master
            String stream = fresh();
            try (SseConnection onA = a.http.subscribe("stream=" + stream); SseConnection onB = b.http.subscribe("stream=" + stream)) {
                awaitSubscribers(a.http, stream, 1);
                awaitSubscribers(b.http, stream, 1);
                CompletableFuture<List<String>> fromA = CompletableFuture.supplyAsync(() -> publish(a.http, stream, 10));
                List<String> published = new ArrayList<>(publish(b.http, stream, 10));
                published.addAll(fromA.join());
                published.sort(Comparator.comparingLong(Long::parseLong));
                List<Frame> seenOnA = onA.events(20, WAIT);
                assertEquals(published, ids(seenOnA));
                assertEquals(seenOnA, onB.events(20, WAIT));
                onB.expectNoEvent(Duration.ofMillis(200));
            }
        }
    }

    @Test
    void aClientResumesOnTheOtherNodeWithNoGapAndNoDuplicate() {
        String stream = fresh();
        List<String> before = publish(a.http, stream, 6);
        List<String> more = publish(b.http, stream, 4);
        try (SseConnection onB = b.http.subscribe("stream=" + stream, Map.of("Last-Event-ID", before.get(2)))) {
            List<String> expected = new ArrayList<>(before.subList(3, 6));
            expected.addAll(more);
            expected.addAll(publish(a.http, stream, 3));
            assertEquals(expected, ids(onB.events(expected.size(), WAIT)));
            onB.expectNoEvent(Duration.ofMillis(300));
        }
    }
}
