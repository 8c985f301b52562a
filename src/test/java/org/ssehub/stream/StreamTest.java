package org.ssehub.stream;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replay, resets and history bounds, on a stream with a frozen clock. */
class StreamTest {

    /** A group that hands each event to its members at once, on the publishing thread. */
    static final FanOut AT_ONCE = (event, members) -> members.forEach(member -> member.deliver(event));

    /** Records what a stream hands a subscriber (through {@link #AT_ONCE} unless a subclass names another group). */
    static class RecordingSink implements EventSink {
        long position;
        ResetSignal reset;
        final List<String> received = new ArrayList<>();

        @Override
        public void start(String stream, long position, ResetSignal reset, List<Event> replay) {
            this.position = position;
            this.reset = reset;
            replay.forEach(e -> received.add(e.data()));
        }

        @Override
        public void deliver(Event event) {
            received.add(event.data());
        }

        @Override
        public FanOut fanOut() {
            return AT_ONCE;
        }
    }

    private final EventIds ids = new EventIds(Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC));

    private Stream stream(int maxEvents, long maxAgeMillis) {
        return new Stream("s", ids, new HistoryLimits(maxEvents, maxAgeMillis, Long.MAX_VALUE), new RetainedBytes(Long.MAX_VALUE));
    }

    @Test
    void idsStrictlyIncreaseEvenWhenTheClockStandsStill() {
        Stream stream = stream(10, 60_000);
        long a = stream.publish("m", "1", 0).id();
        long b = stream.publish("m", "2", 0).id();
        assertTrue(b > a);
    }

    @Test
    void resumeAfterAnIdReplaysTheRestThenLive() {
        Stream stream = stream(10, 60_000);
        long first = stream.publish("m", "1", 0).id();
        stream.publish("m", "2", 0);
        RecordingSink sink = new RecordingSink();
        assertTrue(stream.subscribe(sink, StartPoint.after(first), 0));
        stream.publish("m", "3", 0);
        assertEquals(List.of("2", "3"), sink.received);
        assertNull(sink.reset);
        assertEquals(first, sink.position);
    }

    @Test
    void anEvictedResumePointIsSignalledAsExpired() {
        Stream stream = stream(2, 60_000);
        long first = stream.publish("m", "1", 0).id();
        stream.publish("m", "2", 0);
        long third = stream.publish("m", "3", 0).id();
        stream.publish("m", "4", 0);
        RecordingSink sink = new RecordingSink();
        stream.subscribe(sink, StartPoint.after(first), 0);
        assertEquals(ResetSignal.EXPIRED, sink.reset.reason());
        assertEquals(third, sink.reset.oldestId());
        assertEquals(List.of("3", "4"), sink.received);
    }

    @Test
    void theNewestEvictedIdIsStillAValidResumePoint() {
        Stream stream = stream(1, 60_000);
        long first = stream.publish("m", "1", 0).id();
        stream.publish("m", "2", 0);
        RecordingSink sink = new RecordingSink();
        stream.subscribe(sink, StartPoint.after(first), 0);
        assertNull(sink.reset);
        assertEquals(List.of("2"), sink.received);
    }

    @Test
    void aFutureIdIsUnknownAndGetsNoReplay() {
        Stream stream = stream(10, 60_000);
        long last = stream.publish("m", "1", 0).id();
        RecordingSink sink = new RecordingSink();
        stream.subscribe(sink, StartPoint.after(last + 1000), 0);
        assertEquals(ResetSignal.UNKNOWN, sink.reset.reason());
        assertEquals(List.of(), sink.received);
        assertEquals(last, sink.position);
    }

    @Test
    void eventsOlderThanTheAgeLimitAreDropped() {
        Stream stream = stream(10, 1_000);
        stream.publish("m", "old", 0);
        stream.publish("m", "new", 5_000);
        RecordingSink sink = new RecordingSink();
        stream.subscribe(sink, StartPoint.all(), 5_000);
        assertEquals(List.of("new"), sink.received);
        assertEquals(1, stream.info().retained);
    }

    @Test
    void replayLastN() {
        Stream stream = stream(10, 60_000);
        for (int i = 0; i < 5; i++) {
            stream.publish("m", Integer.toString(i), 0);
        }
        RecordingSink sink = new RecordingSink();
        stream.subscribe(sink, StartPoint.last(2), 0);
        assertEquals(List.of("3", "4"), sink.received);
    }

    @Test
    void anIdleStreamRetiresAndRefusesFurtherUse() {
        Stream stream = stream(10, 1_000);
        stream.publish("m", "1", 0);
        assertFalse(stream.expireAndRetireIfIdle(500), "still retains an event");
        assertTrue(stream.expireAndRetireIfIdle(5_000));
        assertNull(stream.publish("m", "late", 5_000), "a retired stream tells the caller to look again");
        assertFalse(stream.subscribe(new RecordingSink(), StartPoint.live(), 5_000));
    }

    @Test
    void aStreamWithASubscriberDoesNotRetire() {
        Stream stream = stream(10, 1_000);
        RecordingSink sink = new RecordingSink();
        stream.subscribe(sink, StartPoint.live(), 0);
        assertFalse(stream.expireAndRetireIfIdle(5_000));
        stream.unsubscribe(sink);
        assertTrue(stream.expireAndRetireIfIdle(5_000));
    }

    /** A group that records what it is handed and who its members were then. */
    static final class RecordingGroup implements FanOut {
        final List<String> handed = new ArrayList<>();
        final List<Integer> memberCounts = new ArrayList<>();

        @Override
        public void publish(Event event, Collection<EventSink> members) {
            handed.add(event.data());
            memberCounts.add(members.size());
        }
    }

    static final class GroupedSink extends RecordingSink {
        final FanOut group;

        GroupedSink(FanOut group) {
            this.group = group;
        }

        @Override
        public FanOut fanOut() {
            return group;
        }
    }

    @Test
    void aGroupIsHandedEachEventOnceForAllItsMembers() {
        Stream stream = stream(10, 60_000);
        RecordingGroup a = new RecordingGroup();
        RecordingGroup b = new RecordingGroup();
        stream.subscribe(new GroupedSink(a), StartPoint.live(), 0);
        stream.subscribe(new GroupedSink(a), StartPoint.live(), 0);
        GroupedSink inB = new GroupedSink(b);
        stream.subscribe(inB, StartPoint.live(), 0);
        stream.publish("m", "1", 0);
        stream.unsubscribe(inB);
        stream.publish("m", "2", 0);

        assertEquals(List.of("1", "2"), a.handed);
        assertEquals(List.of(2, 2), a.memberCounts);
        assertEquals(List.of("1"), b.handed, "a group with no members left is not handed anything");
        assertEquals(List.of(), inB.received, "grouped sinks get live events from their group, not the stream");
        assertEquals(2, stream.info().subscribers);
    }
}
