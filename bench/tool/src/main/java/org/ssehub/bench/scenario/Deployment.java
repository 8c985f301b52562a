package org.ssehub.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.load.SseClientPool;
import org.ssehub.bench.proc.ProcessSample;

/**
 * The servers one scenario runs against: one hub node, or several nodes sharing a backplane. Subscribers
 * are split evenly over the nodes, events are published on the first, and server CPU is the sum over the
 * nodes and {@code otherPids} (the Redis a cluster shares).
 */
public record Deployment(List<Target> nodes, List<Long> otherPids) {

    public Deployment {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("no node");
        }
        nodes = List.copyOf(nodes);
        otherPids = List.copyOf(otherPids);
    }

    public static Deployment single(Target target) {
        return new Deployment(List.of(target), List.of());
    }

    public Target publishNode() {
        return nodes.get(0);
    }

    /** Subscribers on each node for {@code total}: the first nodes take one more when it does not divide. */
    public static List<Integer> split(int total, int nodeCount) {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            counts.add(total / nodeCount + (i < total % nodeCount ? 1 : 0));
        }
        return counts;
    }

    /** Connects {@code total} subscribers of {@code stream} to {@code pool}, split over the nodes. */
    void connect(SseClientPool pool, String stream, int total) throws InterruptedException {
        List<Integer> counts = split(total, nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Target node = nodes.get(i);
            pool.connect(node.address(), node.eventsPath(stream), counts.get(i), Duration.ofSeconds(60));
        }
    }

    /** CPU time used so far by every server process of the deployment, in seconds. */
    public double cpuSeconds() {
        double sum = 0;
        for (Target node : nodes) {
            sum += ProcessSample.of(node.pid()).cpuSeconds();
        }
        for (long pid : otherPids) {
            sum += ProcessSample.of(pid).cpuSeconds();
        }
        return sum;
    }
}
