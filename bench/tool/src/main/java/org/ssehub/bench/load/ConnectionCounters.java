package org.ssehub.bench.load;

import java.util.concurrent.atomic.AtomicInteger;

/** Connection outcomes of a {@link SseClientPool}, shared by its loop threads. */
final class ConnectionCounters {

    private final AtomicInteger established = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger closedByServer = new AtomicInteger();

    void onEstablished() {
        established.incrementAndGet();
    }

    void onFailed() {
        failed.incrementAndGet();
    }

    void onClosedByServer() {
        closedByServer.incrementAndGet();
    }

    int established() {
        return established.get();
    }

    int failed() {
        return failed.get();
    }

    int closedByServer() {
        return closedByServer.get();
    }
}
