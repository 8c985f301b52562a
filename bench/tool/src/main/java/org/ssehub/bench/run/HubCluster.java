package org.ssehub.bench.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.scenario.Deployment;
import org.ssehub.bench.scenario.Target;

/**
 * Two hub nodes on one Redis (targets {@code hub2}, {@code hub2-tomee}, {@code hub2-payara}): a fresh
 * {@code redis-server}, then one server per port, as its one-node target starts it (the hub WAR on Tomcat, the
 * thin WAR on TomEE or Payara Micro), with the same JVM flags plus {@code -Dsse.hub.redis.url}. Closing stops
 * the nodes, then Redis, whatever failed on the way.
 */
final class HubCluster implements ServerUnderTest {

    private final RedisProcess redis;
    private final List<ServerUnderTest> nodes;

    private HubCluster(RedisProcess redis, List<ServerUnderTest> nodes) {
        this.redis = redis;
        this.nodes = nodes;
    }

    static HubCluster start(String target, ComparisonOptions options, TwoNodeOptions twoNode, List<String> jvmFlags)
            throws Exception {
        Path work = options.workDir().resolve(target);
        RedisProcess redis = RedisProcess.start(twoNode.redisPort(), work.resolve("redis"));
        List<ServerUnderTest> nodes = new ArrayList<>();
        HubCluster cluster = new HubCluster(redis, nodes);
        try {
            List<String> flags = new ArrayList<>(jvmFlags);
            flags.add("-Dsse.hub.redis.url=" + redis.url());
            for (int i = 0; i < twoNode.nodePorts().size(); i++) {
                String name = target + "-node" + (i + 1);
                nodes.add(WarServers.start(target, name, options, work.resolve(name), twoNode.nodePorts().get(i), flags));
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
        return new Deployment(nodes.stream().map(ServerUnderTest::target).toList(), List.of(redis.pid()));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            for (ServerUnderTest node : nodes) {
                node.close();
            }
        } finally {
            redis.close();
        }
    }
}
