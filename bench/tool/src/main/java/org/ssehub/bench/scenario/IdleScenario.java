package org.ssehub.bench.scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ssehub.bench.load.SseClientPool;
import org.ssehub.bench.proc.JvmControl;
import org.ssehub.bench.proc.ProcessSample;

/**
 * Scenario A: idle subscribers added level by level on one stream (nothing published); at each level,
 * after {@code settle}, a full GC in the server and its RSS (and, optionally, its heap histogram).
 */
public final class IdleScenario {

    private final Target target;
    private final List<Integer> levels;
    private final Duration settle;
    private final int clientThreads;
    private final Path histogramDir;

    /** {@code histogramDir}: where to write the server's heap histogram at each level, or null for none. */
    public IdleScenario(Target target, List<Integer> levels, Duration settle, int clientThreads, Path histogramDir) {
        this.target = target;
        this.levels = levels;
        this.settle = settle;
        this.clientThreads = clientThreads;
        this.histogramDir = histogramDir;
    }

    public static List<Integer> standardLevels() {
        return List.of(1_000, 5_000, 10_000, 19_000);
    }

    public List<IdleLevel> run() throws InterruptedException {
        String stream = "bench-A-" + System.currentTimeMillis() % 100_000;
        List<IdleLevel> results = new ArrayList<>();
        JvmControl.fullGc(target.pid());
        Thread.sleep(500);
        long baseline = ProcessSample.of(target.pid()).rssKiB();
        try (SseClientPool pool = new SseClientPool(clientThreads)) {
            for (int level : levels) {
                int missing = level - pool.attempted();
                if (missing > 0) {
                    pool.connect(target.address(), target.eventsPath(stream), missing, Duration.ofSeconds(120));
                }
                Thread.sleep(settle.toMillis());
                JvmControl.fullGc(target.pid());
                Thread.sleep(500);
                ProcessSample sample = ProcessSample.of(target.pid());
                if (histogramDir != null) {
                    JvmControl.classHistogram(target.pid(), histogramDir.resolve(target.name() + "-A-" + level + ".histo.txt"));
                }
                results.add(new IdleLevel(level, pool.attempted(), pool.established(), pool.failed(), pool.open(),
                        sample.rssKiB(), baseline, sample.fds()));
            }
        }
        return results;
    }
}
