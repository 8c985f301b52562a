package org.ssehub.stream;

import org.junit.jupiter.api.Test;
import org.ssehub.stream.redis.Page;
import org.ssehub.stream.redis.StreamState;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A node's mirror of a Redis stream completes a replay read from Redis with what the feed brought since:
 * no gap, no duplicate, and a reset when its own bounds already let part of that go.
 */
class MirrorStreamTest {

    private static MirrorStream mirror(int maxEvents) {
        return new MirrorStream("s", 10, new HistoryLimits(maxEvents, 60_000, Long.MAX_VALUE), new RetainedBytes(Long.MAX_VALUE));
    }

    private static Event event(long id) {
        return new Event("s", id, "m", Long.toString(id), 0);
    }

    /** What Redis answered for "after {@code after}": the events up to {@code lastId}. */
    private static Page read(long lastId, long... ids) {
        return new Page(null, Arrays.stream(ids).mapToObj(MirrorStreamTest::event).toList(),
                new StreamState(lastId, 0, 0, ids.length, 0));
    }

    @Test
    void theReplayReadFromRedisIsCompletedByTheEventsTheFeedBroughtSinceWithNoDuplicate() {
        MirrorStream mirror = mirror(10);
        for (long id = 11; id <= 14; id++) {
            mirror.append(event(id), 0);
        }
        StreamTest.RecordingSink sink = new StreamTest.RecordingSink();
        mirror.subscribe(sink, read(12, 11, 12), Integer.MAX_VALUE); // Redis was read when 12 was its last
        assertEquals(List.of("11", "12", "13", "14"), sink.received);
        assertNull(sink.reset);
        mirror.append(event(14), 0); // the feed repeats one: ignored
        mirror.append(event(15), 0);
        assertEquals(List.of("11", "12", "13", "14", "15"), sink.received);
    }

    @Test
    void eventsTheMirrorAlreadyLetGoAfterTheReadAreSignalledNotSilentlySkipped() {
        MirrorStream mirror = mirror(2);
        for (long id = 11; id <= 15; id++) {
            mirror.append(event(id), 0); // keeps 14 and 15 only
        }
        StreamTest.RecordingSink sink = new StreamTest.RecordingSink();
        mirror.subscribe(sink, read(12, 12), Integer.MAX_VALUE); // 13 is in neither the read nor the mirror
        assertEquals("expired", sink.reset.reason());
        assertEquals(List.of("12", "14", "15"), sink.received);

        StreamTest.RecordingSink covered = new StreamTest.RecordingSink();
        mirror.subscribe(covered, read(13, 13), Integer.MAX_VALUE);
        assertNull(covered.reset, "a read that reaches the mirror's window has no gap");
        assertEquals(List.of("13", "14", "15"), covered.received);
    }

    @Test
    void aMirrorNeverAssignsAnIdItself() {
        assertThrows(UnsupportedOperationException.class, () -> mirror(10).publish("m", "x", 0));
    }
}
