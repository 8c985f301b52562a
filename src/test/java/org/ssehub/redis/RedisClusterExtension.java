package org.ssehub.redis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real 3-master Redis Cluster for one test class: three {@code redis-server --cluster-enabled yes}
 * on free loopback ports (their bus ports, +10000, free too), joined by {@code redis-cli --cluster
 * create ... --cluster-replicas 0}. Empty before each test; killed, and its directories removed, after
 * the class, also when a test fails or the JVM exits early.
 */
public final class RedisClusterExtension extends RedisFixture {

    private static final int MASTERS = 3;
    private static final int BUS_OFFSET = 10_000;

    @Override
    void startServers(Path dir) {
        for (int i = 0; i < MASTERS; i++) {
            Path nodeDir = dir.resolve("node" + i);
            nodeDir.toFile().mkdirs();
            RedisProcess node = new RedisProcess(LoopbackPorts.free(BUS_OFFSET), nodeDir, List.of(
                    "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf",
                    "--cluster-node-timeout", "2000"));
            servers.add(node);
            node.start();
        }
        List<String> create = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        servers.forEach(n -> create.add("127.0.0.1:" + n.port()));
        create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        RedisCli.exec(create);
        awaitClusterOk();
    }

    private void awaitClusterOk() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (servers.stream().allMatch(n -> RedisCli.run(n.port(), "CLUSTER", "INFO").contains("cluster_state:ok"))) {
                return;
            }
            RedisProcess.sleep(50);
        }
        throw new IllegalStateException("cluster did not reach cluster_state:ok");
    }

    /** Stops one master, its data thrown away (its cluster membership stays in nodes.conf). */
    public void stopMaster(int index) {
        servers.get(index).stop(false);
    }

    /** Starts a stopped master again and waits until the cluster is whole. */
    public void startMaster(int index) {
        servers.get(index).start();
        awaitClusterOk();
    }

    /** The seed list, as {@code sse.hub.redis.url} takes it: {@code redis://127.0.0.1:p1,redis://127.0.0.1:p2,...}. */
    @Override
    public String url() {
        return servers.stream().map(n -> "redis://127.0.0.1:" + n.port()).collect(Collectors.joining(","));
    }

    public List<Integer> ports() {
        return servers.stream().map(RedisProcess::port).toList();
    }

    /** Empties every master. */
    @Override
    public void flushAll() {
        servers.forEach(n -> RedisCli.run(n.port(), "FLUSHALL"));
    }

    /** Runs one command on the master that owns the named key's slot (redis-cli follows the redirect). */
    @Override
    public String cli(String... args) {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-c", "-h", "127.0.0.1", "-p",
                Integer.toString(servers.get(0).port())));
        command.addAll(List.of(args));
        return RedisCli.exec(command);
    }
}
