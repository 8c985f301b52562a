package org.ssehub.bench.scenario;

import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.load.EpochStats;
import org.ssehub.bench.load.PublishResult;
import org.ssehub.bench.load.Publisher;
import org.ssehub.bench.load.SseClientPool;
import org.ssehub.bench.proc.ProcessSample;

/**
 * Scenario B for one subscriber count: a rising publish rate on one stream until delivery falls behind. A
 * failed step is repeated once (a shared box has hiccups); a second failure ends the ladder, after one step
 * halfway between the last pass and the failure. Expected deliveries count the subscribers open when a
 * step starts, so a subscriber the server cuts off during a step costs that step its missing events. On a
 * {@link Deployment} of several nodes the subscribers are split evenly over them and events are published
 * on the first; server CPU is summed over every process of the deployment.
 */
public final class FanOutScenario {

    private static final double PUBLISHES_PER_CONNECTION = 200;
    private static final int MAX_PUBLISH_CONNECTIONS = 32;

    private final Deployment deployment;
    private final Target target;
    private final FanOutSettings settings;
    private final int clientThreads;

    public FanOutScenario(Target target, FanOutSettings settings, int clientThreads) {
        this(Deployment.single(target), settings, clientThreads);
    }

    public FanOutScenario(Deployment deployment, FanOutSettings settings, int clientThreads) {
        this.deployment = deployment;
        this.target = deployment.publishNode();
        this.settings = settings;
        this.clientThreads = clientThreads;
    }

    public FanOutResult run(int subscribers) throws InterruptedException {
        String stream = "bench-B" + subscribers + "-" + System.currentTimeMillis() % 100_000;
        try (SseClientPool pool = new SseClientPool(clientThreads)) {
            deployment.connect(pool, stream, subscribers);
            int connected = pool.open();
            if (connected == 0) {
                return new FanOutResult(subscribers, 0, List.of(), 0, "connections");
            }
            step(pool, stream, 0, Math.min(settings.startRate(), 100.0 * connected));

            List<FanOutStep> steps = new ArrayList<>();
            double rate = settings.startRate();
            double lastPass = 0;
            String limitedBy = "ladder";
            int epoch = 1;
            boolean retried = false;
            while (rate <= settings.maxRate()) {
                FanOutStep step = step(pool, stream, epoch++, rate);
                steps.add(step);
                if (step.passed()) {
                    lastPass = rate;
                    retried = false;
                }
                if (step.achievedPublishRate() < 0.9 * step.requestedPublishRate()) {
                    limitedBy = step.passed() ? "publish rate" : verdict(step);
                    break;
                }
                if (!step.passed()) {
                    awaitQuiet(pool);
                    if (!retried) {
                        // one failure on a shared box can be noise: the same rate once more
                        retried = true;
                        continue;
                    }
                    limitedBy = verdict(step);
                    if (lastPass > 0) {
                        steps.add(step(pool, stream, epoch++, (lastPass + rate) / 2));
                    }
                    break;
                }
                rate *= settings.factor();
            }
            double best = steps.stream().filter(FanOutStep::passed).mapToDouble(FanOutStep::deliveredPerSecond)
                    .max().orElse(0);
            return new FanOutResult(subscribers, connected, steps, best, limitedBy);
        }
    }

    private static String verdict(FanOutStep step) {
        return step.latency().p99() >= FanOutStep.MAX_P99_MICROS ? "latency" : "delivery";
    }

    /** After a failed step, lets its backlog arrive (or be cut off) so it does not count against the next one. */
    private static void awaitQuiet(SseClientPool pool) throws InterruptedException {
        Drain.await(pool::deliveredTotal, Long.MAX_VALUE, 1_000, 15_000);
    }

    private FanOutStep step(SseClientPool pool, String stream, int epoch, double deliveredRate)
            throws InterruptedException {
        int connected = pool.open();
        double publishRate = deliveredRate / connected;
        int connections = (int) Math.max(1, Math.min(MAX_PUBLISH_CONNECTIONS,
                Math.ceil(publishRate / PUBLISHES_PER_CONNECTION)));
        long started = System.nanoTime();
        double serverCpu = deployment.cpuSeconds();
        ProcessSample self = ProcessSample.of(ProcessHandle.current().pid());
        PublishResult published;
        try (Publisher publisher = new Publisher(target.address(), target.publishPath(stream), connections)) {
            published = publisher.run(epoch, publishRate, settings.step(), settings.payloadBytes());
        }
        double serverCpuUsed = deployment.cpuSeconds() - serverCpu;
        double elapsed = (System.nanoTime() - started) / 1e9;
        ProcessSample selfAfter = ProcessSample.of(ProcessHandle.current().pid());
        long expected = published.accepted() * connected;
        Drain.await(() -> pool.delivered(epoch), expected, 1_000, 10_000);
        EpochStats stats = pool.stats(epoch);
        Latencies latency = Latencies.of(stats.latency());
        return new FanOutStep(connected, publishRate, published.achievedRate(), published.accepted(), expected,
                stats.delivered(), stats.delivered() / published.seconds(), latency,
                serverCpuUsed / elapsed * 100, serverCpuUsed, selfAfter.cpuPercentSince(self),
                FanOutStep.passes(expected, stats.delivered(), latency));
    }
}
