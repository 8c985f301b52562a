package org.ssehub.stream.redis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The Redis client's threads (Lettuce, Netty, Reactor) alive in this JVM, to check that closing stops them. */
final class ClientThreads {

    private ClientThreads() {
    }

    static Set<Thread> alive() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(ClientThreads::isClients)
                .collect(Collectors.toSet());
    }

    /** Names of client threads not in {@code before}, once they had up to 5 s to end. */
    static List<String> leftSince(Set<Thread> before) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        List<String> left = newSince(before);
        while (!left.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            left = newSince(before);
        }
        return left;
    }

    private static List<String> newSince(Set<Thread> before) {
        return alive().stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted().toList();
    }

    private static boolean isClients(Thread thread) {
        String name = thread.getName().toLowerCase(Locale.ROOT);
        return name.contains("lettuce") || name.contains("netty") || name.contains("eventloop")
                || name.contains("globaleventexecutor") || name.contains("reactor") || name.startsWith("sse-hub-redis");
    }
}
