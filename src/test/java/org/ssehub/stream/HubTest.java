package org.ssehub.stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.runtime.HubThreads;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stream table: who may add streams when it is full, and streams leaving with their last subscriber. */
class HubTest {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    private Hub hub(Map<Setting, String> settings) {
        HubConfig config = new HubConfig() {
            @Override
            public String string(Setting setting) {
                return settings.getOrDefault(setting, setting.defaultValue());
            }
        };
        HubThreads threads = new HubThreads(config) {
            @Override
            public ScheduledExecutorService timer() {
                return timer;
            }
        };
        Hub hub = new Hub(config, threads);
        hub.start();
        return hub;
    }

    private static List<String> names(Hub hub) {
        return hub.streams().stream().map(info -> info.name).toList();
    }

    @Test
    void aStreamThatOnlyHadSubscribersLeavesWithItsLastSubscriber() {
        Hub hub = hub(Map.of());
        StreamTest.RecordingSink first = new StreamTest.RecordingSink();
        StreamTest.RecordingSink second = new StreamTest.RecordingSink();
        hub.subscribe(first, "junk", StartPoint.live());
        hub.subscribe(second, "junk", StartPoint.live());
        hub.unsubscribe(first, List.of("junk"));
        assertEquals(List.of("junk"), names(hub));
        hub.unsubscribe(second, List.of("junk"));
        assertEquals(List.of(), names(hub), "gone at once, not at the next sweep");
        hub.stop();
    }

    @Test
    void aStreamWithHistoryStaysWhenItsLastSubscriberLeaves() {
        Hub hub = hub(Map.of());
        StreamTest.RecordingSink sink = new StreamTest.RecordingSink();
        hub.subscribe(sink, "news", StartPoint.live());
        hub.publish("news", "m", "kept");
        hub.unsubscribe(sink, List.of("news"));
        assertEquals(List.of("news"), names(hub));
        hub.stop();
    }

    @Test
    void streamsWithoutHistoryKeepSubscribersButNotPublishersOut() {
        Hub hub = hub(Map.of(Setting.MAX_STREAMS, "2"));
        hub.subscribe(new StreamTest.RecordingSink(), "junk-1", StartPoint.live());
        hub.subscribe(new StreamTest.RecordingSink(), "junk-2", StartPoint.live());
        assertThrows(HubFullException.class, () -> hub.subscribe(new StreamTest.RecordingSink(), "junk-3", StartPoint.live()));

        hub.publish("one", "m", "1");
        hub.publish("two", "m", "2");
        HubFullException full = assertThrows(HubFullException.class, () -> hub.publish("three", "m", "3"));
        assertTrue(full.getMessage().contains("stream limit"), full.getMessage());
        hub.publish("one", "m", "an existing stream always takes a publish");
        hub.stop();
    }

    @Test
    void streamsTheByteBudgetEmptiedDoNotGrowTheTableBeyondTwiceTheLimit() {
        Hub hub = hub(Map.of(Setting.MAX_STREAMS, "2", Setting.HISTORY_MAX_TOTAL_BYTES, "30000"));
        String data = "z".repeat(9_000);
        for (int i = 0; i < 20; i++) {
            hub.publish("s" + i, "m", data); // each new stream's event pushes an older stream's out
            assertTrue(hub.streams().size() <= 4, "after " + i + ": " + names(hub));
        }
        assertTrue(names(hub).contains("s19"), names(hub).toString());
        hub.stop();
    }

    @Test
    void theNodeRetainsNoMoreThanItsTotalBudgetAcrossManyStreams() {
        Hub hub = hub(Map.of(Setting.HISTORY_MAX_TOTAL_BYTES, "200000"));
        String data = "y".repeat(10_000);
        for (int i = 0; i < 200; i++) {
            hub.publish("s" + (i % 40), "m", data);
            assertTrue(hub.retainedBytes() <= 200_000, "after " + i + ": " + hub.retainedBytes());
        }
        long sum = hub.streams().stream().mapToLong(info -> info.retainedBytes).sum();
        assertEquals(hub.retainedBytes(), sum, "the total is the sum of the streams' bytes");
        assertTrue(sum > 150_000, "the budget is used, not emptied: " + sum);
        hub.stop();
    }
}
