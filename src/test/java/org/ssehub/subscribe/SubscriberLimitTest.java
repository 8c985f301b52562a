package org.ssehub.subscribe;

import org.ssehub.metrics.HubMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.runtime.HubThreads;
import org.ssehub.stream.Hub;
import org.ssehub.stream.StartPoint;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The subscriber limit is exact when many clients subscribe at once. */
class SubscriberLimitTest {

    private static final int LIMIT = 5;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final List<Runnable> stops = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        stops.forEach(Runnable::run);
        System.clearProperty(Setting.MAX_SUBSCRIBERS.key());
        timer.shutdownNow();
    }

    private Subscribers subscribers() throws Exception {
        System.setProperty(Setting.MAX_SUBSCRIBERS.key(), Integer.toString(LIMIT));
        HubConfig config = new HubConfig();
        HubThreads threads = new HubThreads(config) {
            @Override
            public ScheduledExecutorService timer() {
                return timer;
            }
        };
        Hub hub = new Hub(config, threads);
        Method start = Hub.class.getDeclaredMethod("start"); // the container's @PostConstruct
        start.setAccessible(true);
        start.invoke(hub);
        HubMetrics metrics = new HubMetrics();
        metrics.start();
        stops.add(metrics::stop);
        Subscribers subscribers = new Subscribers(hub, threads, config, metrics);
        subscribers.start();
        stops.add(subscribers::stop);
        return subscribers;
    }

    /** A request whose only use here is to go async. */
    private static HttpServletRequest request() {
        ServletFakes.Async async = new ServletFakes.Async();
        return (HttpServletRequest) Proxy.newProxyInstance(SubscriberLimitTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("startAsync")) {
                        return async.context;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A response that remembers its status and is never committed. */
    private static HttpServletResponse response(AtomicInteger status) {
        ServletFakes.Output out = new ServletFakes.Output();
        return (HttpServletResponse) Proxy.newProxyInstance(SubscriberLimitTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    case "isCommitted" -> false;
                    default -> null;
                });
    }

    @Test
    void concurrentSubscribersNeverPassTheLimit() throws Exception {
        for (int round = 0; round < 20; round++) {
            Subscribers subscribers = subscribers();
            int threads = 12;
            CyclicBarrier start = new CyclicBarrier(threads);
            AtomicInteger admitted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            List<Thread> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> {
                    AtomicInteger status = new AtomicInteger();
                    try {
                        start.await();
                        subscribers.open(request(), response(status),
                                new SubscribeRequest(List.of("s"), Optional.empty(), StartPoint.live()), Optional.empty());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    (status.get() == 200 ? admitted : refused).incrementAndGet();
                });
                worker.start();
                running.add(worker);
            }
            for (Thread worker : running) {
                worker.join();
            }
            assertEquals(LIMIT, admitted.get(), "round " + round);
            assertEquals(threads - LIMIT, refused.get(), "round " + round);
        }
    }
}
