package org.ssehub.stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.runtime.HubThreads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream limits hold exactly when many publishers and subscribers create streams at once. */
class HubLimitTest {

    private static final int LIMIT = 10;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    @BeforeEach
    void limit() {
        System.setProperty(Setting.MAX_STREAMS.key(), Integer.toString(LIMIT));
    }

    @AfterEach
    void cleanUp() {
        System.clearProperty(Setting.MAX_STREAMS.key());
        timer.shutdownNow();
    }

    private Hub hub() {
        HubConfig config = new HubConfig();
        Hub hub = new Hub(config, new HubThreads(config) {
            @Override
            public ScheduledExecutorService timer() {
                return timer;
            }
        });
        hub.start();
        return hub;
    }

    /** Subscribers may fill the table up to the limit and not one stream more. */
    @Test
    void concurrentSubscribersNeverPassTheStreamLimit() throws Exception {
        for (int round = 0; round < 30; round++) {
            Hub hub = hub();
            int accepted = race((name, i) -> hub.subscribe(new StreamTest.RecordingSink(), name, StartPoint.live()));
            assertEquals(LIMIT, hub.streams().size(), "round " + round);
            assertEquals(LIMIT, accepted, "round " + round + ": each accepted call made one new stream");
            hub.stop();
        }
    }

    /**
     * Publishers may add streams past the subscribers' limit while the table holds streams without
     * history (HubTest shows that case alone), but never past twice the limit, whatever the race.
     */
    @Test
    void concurrentPublishersAndSubscribersNeverPassTwiceTheStreamLimit() throws Exception {
        for (int round = 0; round < 30; round++) {
            Hub hub = hub();
            int accepted = race((name, i) -> {
                if (i % 2 == 0) {
                    hub.publish(name, "m", "x");
                } else {
                    hub.subscribe(new StreamTest.RecordingSink(), name, StartPoint.live());
                }
            });
            int streams = hub.streams().size();
            assertTrue(streams <= 2 * LIMIT, "round " + round + ": " + streams + " streams");
            assertEquals(streams, accepted, "round " + round + ": each accepted call made one new stream");
            hub.stop();
        }
    }

    private interface Call {
        void make(String name, int index);
    }

    /** Eight threads make twenty calls each on new stream names at once; returns how many were accepted. */
    private static int race(Call call) throws Exception {
        int threads = 8;
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicInteger accepted = new AtomicInteger();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 20; i++) {
                        try {
                            call.make("s-" + thread + "-" + i, i);
                            accepted.incrementAndGet();
                        } catch (HubFullException full) {
                            // the limit speaking
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            worker.start();
            running.add(worker);
        }
        for (Thread worker : running) {
            worker.join();
        }
        return accepted.get();
    }
}
