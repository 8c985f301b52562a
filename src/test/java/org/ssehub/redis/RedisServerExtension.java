package org.ssehub.redis;

import java.nio.file.Path;
import java.util.List;

/**
 * A real {@code redis-server} for one test class, on a free loopback port, without persistence.
 * Register it as a static field with {@code @RegisterExtension}. Before each test it is running and
 * empty; a test may stop it and start it again on the same port, with its data kept or empty. It is
 * killed and its directory removed after the class, also when a test fails or the JVM exits early.
 */
public final class RedisServerExtension extends RedisFixture {

    /** Chosen when the extension is made, so a test can hand {@link #url()} to a deployment made before the server runs. */
    private final int port = LoopbackPorts.free(0);
    private RedisProcess server;

    @Override
    void startServers(Path dir) {
        server = new RedisProcess(port, dir, List.of());
        servers.add(server);
        server.start();
    }

    public int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:port}, as {@code sse.hub.redis.url} takes it. */
    @Override
    public String url() {
        return "redis://127.0.0.1:" + port();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops the server and throws its data away (the next {@link #start()} is empty). */
    public void stop() {
        server.stop(false);
    }

    /** Stops the server after saving its data, which the next {@link #start()} loads. */
    public void stopKeepingData() {
        server.stop(true);
    }

    /** Starts the server again on the same port (no-op while it runs). */
    public void start() {
        server.start();
    }

    /** Freezes the server (SIGSTOP): connections stay open, nothing is answered, as with a hung Redis. */
    public void freeze() {
        server.signal("STOP");
    }

    /** Lets a frozen server go on (SIGCONT). */
    public void thaw() {
        server.signal("CONT");
    }

    @Override
    public void flushAll() {
        cli("FLUSHALL");
    }

    /** Runs one command through redis-cli and returns what it printed. */
    @Override
    public String cli(String... args) {
        return RedisCli.run(port(), args);
    }
}
