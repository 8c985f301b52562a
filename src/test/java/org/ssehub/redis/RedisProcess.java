package org.ssehub.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One {@code redis-server} on 127.0.0.1, run in the foreground as a child of the test JVM, with its
 * working directory (data files, log) in a directory it is given. Can be stopped and started again
 * on the same port, with its data kept (SHUTDOWN SAVE, then the dump is loaded) or empty.
 */
final class RedisProcess {

    private final int port;
    private final Path dir;
    private final List<String> extraArgs;
    private Process process;

    RedisProcess(int port, Path dir, List<String> extraArgs) {
        this.port = port;
        this.dir = dir;
        this.extraArgs = List.copyOf(extraArgs);
    }

    int port() {
        return port;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("redis-server",
                "--port", Integer.toString(port), "--bind", "127.0.0.1", "--dir", dir.toString(),
                "--logfile", "redis.log", "--daemonize", "no", "--save", "", "--appendonly", "no",
                "--dbfilename", "dump.rdb"));
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("stdout.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start redis-server (apt-get install redis-server)", e);
        }
        awaitPong();
    }

    /** Stops the server; with {@code keepData} it saves a dump first, which the next start loads. */
    void stop(boolean keepData) {
        if (!isRunning()) {
            return;
        }
        try {
            RedisCli.run(port, "SHUTDOWN", keepData ? "SAVE" : "NOSAVE");
        } catch (RuntimeException shutdownRefused) {
            process.destroy();
        }
        awaitExit();
        if (!keepData) {
            deleteData();
        }
    }

    /** Freezes (SIGSTOP) or thaws (SIGCONT) the server: it keeps its connections but answers nothing. */
    void signal(String signal) {
        RedisCli.exec(List.of("kill", "-" + signal, Long.toString(process.pid())));
    }

    /** Ends the process however it can; never throws. */
    void kill() {
        if (process != null) {
            signalQuietly("CONT");
            process.destroyForcibly();
            awaitExit();
        }
    }

    private void signalQuietly(String signal) {
        try {
            if (process.isAlive()) {
                signal(signal);
            }
        } catch (RuntimeException alreadyGone) {
            // nothing to thaw
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void deleteData() {
        try {
            Files.deleteIfExists(dir.resolve("dump.rdb"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPong() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server on port " + port + " exited: " + log());
            }
            try {
                if ("PONG".equals(RedisCli.run(port, "PING"))) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            sleep(20);
        }
        kill();
        throw new IllegalStateException("redis-server on port " + port + " did not answer PING: " + log());
    }

    private String log() {
        try {
            Path log = dir.resolve("redis.log");
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
