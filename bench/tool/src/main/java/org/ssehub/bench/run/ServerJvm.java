package org.ssehub.bench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.ssehub.bench.load.Publisher;

/**
 * Launching and stopping the server JVMs: the same flags for the reference and both Tomcats, a readiness
 * probe (a publish answered 2xx), and a bounded stop (SIGTERM, then SIGKILL after 20 s).
 */
final class ServerJvm {

    /**
     * Heap sized for 19k connections of the naive server; serial GC and a small initial heap so RSS follows
     * what the server really keeps; 512 KiB thread stacks (Tomcat's 200 workers). Same for every server.
     */
    static final List<String> FLAGS = List.of("-Xms64m", "-Xmx4g", "-Xss512k", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

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
