package org.ssehub.redis;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The life of redis-server processes for one test class: a temporary directory, the servers in it,
 * emptied before each test, killed and the directory removed after the class, also when a test fails
 * or the JVM exits early (a shutdown hook).
 */
abstract class RedisFixture implements RedisUnderTest, BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    final List<RedisProcess> servers = new ArrayList<>();
    private Path dir;
    private Thread killOnExit;

    /** Starts the servers in {@code dir} and adds them to {@link #servers}. */
    abstract void startServers(Path dir);

    @Override
    public void beforeAll(ExtensionContext context) {
        dir = TempDirs.create("sse-hub-redis-");
        killOnExit = new Thread(this::tearDown, "redis-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        startServers(dir);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        servers.forEach(RedisProcess::start);
        flushAll();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            tearDown();
        } finally {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        }
    }

    private void tearDown() {
        servers.forEach(RedisProcess::kill);
        TempDirs.delete(dir);
    }
}
