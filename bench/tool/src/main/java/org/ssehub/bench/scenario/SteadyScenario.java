package org.ssehub.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ssehub.bench.load.EpochStats;
import org.ssehub.bench.load.PublishResult;
import org.ssehub.bench.load.Publisher;
import org.ssehub.bench.load.SseClientPool;
import org.ssehub.bench.load.StalledClients;
import org.ssehub.bench.proc.ProcessSample;
import org.ssehub.bench.proc.TcpTable;

/**
 * Scenarios C and D: subscribers connect, (D) stalled clients connect, a 2-s warm-up, then a fixed rate for
 * N windows; each window is an epoch, so its delivery and latency are counted whenever its events arrive.
 */
public final class SteadyScenario {

    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private final Target target;
    private final SteadySettings settings;
    private final int clientThreads;

    public SteadyScenario(Target target, SteadySettings settings, int clientThreads) {
        this.target = target;
        this.settings = settings;
        this.clientThreads = clientThreads;
    }

    public SteadyResult run() throws InterruptedException {
        String stream = "bench-" + settings.label().charAt(0) + "-" + System.currentTimeMillis() % 100_000;
        ProcessSample self = ProcessSample.of(ProcessHandle.current().pid());
        try (SseClientPool pool = new SseClientPool(clientThreads);
                StalledClients stalled = new StalledClients();
                Publisher publisher = new Publisher(target.address(), target.publishPath(stream), 1)) {
            pool.connect(target.address(), target.eventsPath(stream), settings.subscribers(), Duration.ofSeconds(60));
            int stalledCount = stalled.connect(target.address(), target.eventsPath(stream), settings.stalledClients());
            int connected = pool.open();
            publisher.run(0, settings.rate(), WARM_UP, settings.payloadBytes());

            List<PublishResult> published = new ArrayList<>();
            List<ProcessSample> samples = new ArrayList<>();
            List<Integer> cutOff = new ArrayList<>();
            samples.add(ProcessSample.of(target.pid()));
            for (int w = 1; w <= settings.windows(); w++) {
                published.add(publisher.run(w, settings.rate(), settings.window(), settings.payloadBytes()));
                samples.add(ProcessSample.of(target.pid()));
                cutOff.add(cutOff(stalled));
            }
            long expectedTotal = published.stream().mapToLong(PublishResult::accepted).sum() * connected;
            Drain.await(() -> deliveredSince(pool, settings.windows()), expectedTotal, 2_000, 15_000);

            List<WindowResult> windows = new ArrayList<>();
            EpochStats all = new EpochStats();
            for (int w = 1; w <= settings.windows(); w++) {
                EpochStats stats = pool.stats(w);
                all.add(stats);
                long accepted = published.get(w - 1).accepted();
                windows.add(new WindowResult(w, accepted, accepted * connected, stats.delivered(),
                        Latencies.of(stats.latency()), samples.get(w).rssKiB(),
                        samples.get(w).cpuPercentSince(samples.get(w - 1)), cutOff.get(w - 1)));
            }
            long totalPublished = published.stream().mapToLong(PublishResult::accepted).sum();
            ProcessSample last = samples.get(samples.size() - 1);
            WindowResult total = new WindowResult(0, totalPublished, totalPublished * connected, all.delivered(),
                    Latencies.of(all.latency()), last.rssKiB(), last.cpuPercentSince(samples.get(0)),
                    cutOff.isEmpty() ? 0 : cutOff.get(cutOff.size() - 1));
            double clientCpu = ProcessSample.of(ProcessHandle.current().pid()).cpuPercentSince(self);
            return new SteadyResult(settings, connected, pool.failed(), pool.closedByServer(), stalledCount, windows,
                    total, clientCpu);
        }
    }

    private static long deliveredSince(SseClientPool pool, int windows) {
        long sum = 0;
        for (int w = 1; w <= windows; w++) {
            sum += pool.delivered(w);
        }
        return sum;
    }

    private int cutOff(StalledClients stalled) {
        if (stalled.localPorts().isEmpty()) {
            return 0;
        }
        Map<Integer, Integer> states = TcpTable.serverSideStates(target.address().getPort());
        int n = 0;
        for (int port : stalled.localPorts()) {
            Integer state = states.get(port);
            if (state == null || state != TcpTable.ESTABLISHED) {
                n++;
            }
        }
        return n;
    }
}
