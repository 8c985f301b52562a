package org.ssehub.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.load.EpochStats;
import org.ssehub.bench.load.Publisher;
import org.ssehub.bench.load.SseClientPool;

/**
 * Scenario C spread over the nodes of a {@link Deployment} (E on two nodes): the subscribers split evenly
 * over the nodes, one numbered publisher on the first node, a 2-s warm-up, then the measured windows.
 * Latency and delivery are reported per node; each subscriber counts the sequence numbers it missed or got
 * twice, over every event the first node accepted (warm-up included).
 */
public final class SpreadLatencyScenario {

    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private final Deployment deployment;
    private final SteadySettings settings;
    private final int clientThreads;

    public SpreadLatencyScenario(Deployment deployment, SteadySettings settings, int clientThreads) {
        this.deployment = deployment;
        this.settings = settings;
        this.clientThreads = clientThreads;
    }

    public SpreadResult run() throws InterruptedException {
        String stream = "bench-E-" + System.currentTimeMillis() % 100_000;
        List<Target> nodes = deployment.nodes();
        List<Integer> counts = Deployment.split(settings.subscribers(), nodes.size());
        List<SseClientPool> pools = new ArrayList<>();
        Target publishNode = deployment.publishNode();
        try (Publisher publisher = new Publisher(publishNode.address(), publishNode.publishPath(stream), 1, true)) {
            for (int i = 0; i < nodes.size(); i++) {
                SseClientPool pool = new SseClientPool(Math.max(1, clientThreads / nodes.size()));
                pools.add(pool);
                pool.connect(nodes.get(i).address(), nodes.get(i).eventsPath(stream), counts.get(i),
                        Duration.ofSeconds(60));
            }
            publisher.run(0, settings.rate(), WARM_UP, settings.payloadBytes());
            double cpuBefore = deployment.cpuSeconds();
            long started = System.nanoTime();
            long published = 0;
            for (int w = 1; w <= settings.windows(); w++) {
                published += publisher.run(w, settings.rate(), settings.window(), settings.payloadBytes()).accepted();
            }
            double cpu = deployment.cpuSeconds() - cpuBefore;
            double seconds = (System.nanoTime() - started) / 1e9;
            long expected = 0;
            for (SseClientPool pool : pools) {
                expected += published * pool.established();
            }
            Drain.await(() -> delivered(pools), expected, 2_000, 15_000);
            List<NodeLatency> results = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                SseClientPool pool = pools.get(i);
                EpochStats all = measured(pool);
                int connected = pool.established();
                results.add(new NodeLatency(nodes.get(i).name(), i == 0, counts.get(i), connected, published * connected,
                        all.delivered(), Latencies.of(all.latency()), pool.loss(publisher.accepted())));
            }
            return new SpreadResult(settings, results, published, cpu, seconds);
        } finally {
            for (SseClientPool pool : pools) {
                pool.close();
            }
        }
    }

    private EpochStats measured(SseClientPool pool) {
        EpochStats all = new EpochStats();
        for (int w = 1; w <= settings.windows(); w++) {
            all.add(pool.stats(w));
        }
        return all;
    }

    private long delivered(List<SseClientPool> pools) {
        long sum = 0;
        for (SseClientPool pool : pools) {
            sum += measured(pool).delivered();
        }
        return sum;
    }
}
