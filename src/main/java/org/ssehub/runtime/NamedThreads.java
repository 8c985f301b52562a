package org.ssehub.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Names every thread the hub starts {@code sse-hub-<role>-<n>} so a leak is easy to spot. */
final class NamedThreads implements ThreadFactory {

    static final String PREFIX = "sse-hub-";

    private final String role;
    private final AtomicInteger count = new AtomicInteger();

    NamedThreads(String role) {
        this.role = role;
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = new Thread(task, PREFIX + role + "-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
