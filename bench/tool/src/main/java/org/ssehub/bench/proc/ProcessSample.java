package org.ssehub.bench.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A reading of one process: resident set (KiB), CPU time (clock ticks, user + system), threads, open fds. */
public record ProcessSample(long pid, long nanoTime, long rssKiB, long cpuTicks, int threads, int fds) {

    /** Clock ticks per second of /proc/PID/stat (USER_HZ, 100 on Linux x86-64). */
    private static final double TICKS_PER_SECOND = 100.0;

    /** Samples {@code pid}; a vanished process reads as all zeros. */
    public static ProcessSample of(long pid) {
        long now = System.nanoTime();
        try {
            long rss = 0;
            int threads = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.substring(6).replace("kB", "").trim());
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(line.substring(8).trim());
                }
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            int fds;
            try (var list = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
                fds = (int) list.count();
            }
            return new ProcessSample(pid, now, rss, ticks, threads, fds);
        } catch (IOException | RuntimeException e) {
            return new ProcessSample(pid, now, 0, 0, 0, 0);
        }
    }

    /** CPU time used so far (user + system), in seconds. */
    public double cpuSeconds() {
        return cpuTicks / TICKS_PER_SECOND;
    }

    /** CPU used between {@code earlier} and this sample, in % of one core. */
    public double cpuPercentSince(ProcessSample earlier) {
        double seconds = (nanoTime - earlier.nanoTime) / 1e9;
        if (seconds <= 0) {
            return 0;
        }
        return (cpuTicks - earlier.cpuTicks) / TICKS_PER_SECOND / seconds * 100.0;
    }
}
