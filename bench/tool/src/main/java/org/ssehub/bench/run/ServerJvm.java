package org.ssehub.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ssehub.bench.load.Publisher;

/**
 * Launching and stopping the server JVMs: the same flags for the reference and both Tomcats, a readiness
 * probe (a publish answered 2xx), and a bounded stop (SIGTERM, then SIGKILL after 20 s).
 */
final class ServerJvm {

    /** The collectors {@code --gc} takes, by name. */
    static final Map<String, String> COLLECTORS = Map.of("serial", "-XX:+UseSerialGC", "g1", "-XX:+UseG1GC",
            "parallel", "-XX:+UseParallelGC", "zgc", "-XX:+UseZGC", "shenandoah", "-XX:+UseShenandoahGC");

    /**
     * Every server's JVM flags: heap sized for 19k connections of the naive server; a small initial heap so
     * RSS follows what the server really keeps; 512 KiB thread stacks (Tomcat's 200 workers); the collector
     * {@code gc} (serial by default: one thread, the most compact heap, so A's RSS says what a connection
     * keeps; {@code g1} is Java's default, what a deployment without GC flags runs). Same for every server.
     */
    static List<String> flags(String gc) {
        return flags(gc, "64m");
    }

    /** {@link #flags(String)} with another initial heap ({@code -Xms}), such as {@code 4g} for a heap sized up front. */
    static List<String> flags(String gc, String initialHeap) {
        return flags(gc, initialHeap, "");
    }

    /**
     * {@link #flags(String, String)} and then {@code extra}: more JVM flags, separated by spaces, for every server
     * of the run alike ({@code --jvm "-XX:MaxTenuringThreshold=1"}, to try a setting a run profile could ship).
     */
    static List<String> flags(String gc, String initialHeap, String extra) {
        List<String> more = Arrays.stream(extra.trim().split("\\s+")).filter(f -> !f.isEmpty()).toList();
        if (more.stream().anyMatch(f -> !f.startsWith("-"))) {
            throw new IllegalArgumentException("--jvm takes JVM flags separated by spaces: " + extra);
        }
        if (!initialHeap.matches("[0-9]+[mg]")) {
            throw new IllegalArgumentException("--xms takes a size such as 64m or 4g: " + initialHeap);
        }
        String collector = COLLECTORS.get(gc);
        if (collector == null) {
            throw new IllegalArgumentException("--gc takes one of " + new TreeSet<>(COLLECTORS.keySet()) + ": " + gc);
        }
        List<String> flags = new ArrayList<>(List.of("-Xms" + initialHeap, "-Xmx4g", "-Xss512k", collector,
                "-XX:+ExitOnOutOfMemoryError"));
        flags.addAll(more);
        return List.copyOf(flags);
    }

    private static final Logger LOG = Logger.getLogger(ServerJvm.class.getName());

    private ServerJvm() {
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Process start(List<String> command, Path workDir, Path log) {
        try {
            return new ProcessBuilder(new ArrayList<>(command))
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Publishes to a probe stream until the server answers 2xx, the process dies, or {@code seconds} pass. */
    static void awaitReady(Process process, InetSocketAddress address, int seconds, Path log)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + ", see " + log);
            }
            try (Publisher probe = new Publisher(address, "/api/publish?stream=bench-probe&type=probe", 1)) {
                int status = probe.publishOnce(0, 16);
                if (status >= 200 && status < 300) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        stop(process);
        throw new IllegalStateException("server not ready in " + seconds + " s, see " + log);
    }

    static void stop(Process process) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            LOG.warning("server " + process.pid() + " ignored SIGTERM for 20 s, killing it");
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
