package org.ssehub.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.Deployment;
import org.ssehub.bench.scenario.Target;

/**
 * Two hub nodes on one Redis (target {@code hub2}): a fresh {@code redis-server}, then one Tomcat per port
 * with the hub WAR, the single hub's JVM flags and {@code -Dsse.hub.redis.url}. Closing stops the nodes,
 * then Redis, whatever failed on the way.
 */
final class HubCluster implements ServerUnderTest {

    private final RedisProcess redis;
    private final List<TomcatProcess> nodes;

    private HubCluster(RedisProcess redis, List<TomcatProcess> nodes) {
        this.redis = redis;
        this.nodes = nodes;
    }

    static HubCluster start(ComparisonOptions options, TwoNodeOptions twoNode, List<String> jvmFlags)
            throws Exception {
        Path work = options.workDir().resolve("hub2");
        RedisProcess redis = RedisProcess.start(twoNode.redisPort(), work.resolve("redis"));
        List<TomcatProcess> nodes = new ArrayList<>();
        HubCluster cluster = new HubCluster(redis, nodes);
        try {
            List<String> flags = new ArrayList<>(jvmFlags);
            flags.add("-Dsse.hub.redis.url=" + redis.url());
            for (int i = 0; i < twoNode.nodePorts().size(); i++) {
                String name = "hub2-node" + (i + 1);
                nodes.add(TomcatProcess.start(name, TomcatDistribution.tomcat(options.catalinaHome()), work.resolve(name),
                        options.hubWar(), twoNode.nodePorts().get(i), flags, options.connectorAttributes()));
            }
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public Target target() {
        return nodes.get(0).target();
    }

    @Override
    public Deployment deployment() {
        return new Deployment(nodes.stream().map(TomcatProcess::target).toList(), List.of(redis.pid()));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            for (TomcatProcess node : nodes) {
                node.close();
            }
        } finally {
            redis.close();
        }
    }
}
