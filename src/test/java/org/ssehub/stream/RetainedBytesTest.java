package org.ssehub.stream;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** History byte bounds: per stream, node-wide oldest first across streams, and the accounting behind both. */
class RetainedBytesTest {

    private static final String KIB = "x".repeat(1024);

    /** A clock a millisecond further on at every reading, so ids across streams follow publish order. */
    private static final class TickingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public Instant instant() {
            now = now.plusMillis(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final EventIds ids = new EventIds(new TickingClock());

    /** The footprint of one event of {@link #KIB}, as the streams below publish it. */
    private final long one = new Event("a", 1_795_000_000_000_000L, "m", KIB, 0).footprint();

    private Stream stream(String name, HistoryLimits limits, RetainedBytes budget) {
        return new Stream(name, ids, limits, budget);
    }

    private static HistoryLimits unbounded() {
        return new HistoryLimits(Integer.MAX_VALUE, Long.MAX_VALUE / 2, Long.MAX_VALUE);
    }

    private static List<String> replayAll(Stream stream) {
        StreamTest.RecordingSink sink = new StreamTest.RecordingSink();
        stream.subscribe(sink, StartPoint.all(), 0);
        stream.unsubscribe(sink);
        return sink.received;
    }

    @Test
    void theFootprintCountsFrameBodyAndTextAndTwoBytesPerCharacterBeyondLatin1() {
        Event ascii = new Event("a", 1, "m", "abcd", 0);
        Event greek = new Event("a", 1, "m", "αβγδ", 0);
        assertTrue(ascii.footprint() >= ascii.frame().length + ascii.body().length + 4);
        assertEquals(greek.frame().length + greek.body().length + 8 - (ascii.frame().length + ascii.body().length + 4),
                greek.footprint() - ascii.footprint());
    }

    @Test
    void aStreamOverItsByteBoundLetsItsOldestGoAndAResumeBeforeThemIsReset() {
        RetainedBytes budget = new RetainedBytes(Long.MAX_VALUE);
        Stream stream = stream("s", new HistoryLimits(100, 60_000, 3 * one), budget);
        long first = stream.publish("m", KIB, 0).id();
        stream.publish("m", KIB, 0);
        long third = stream.publish("m", KIB, 0).id();
        assertEquals(3, stream.info().retained);
        stream.publish("m", KIB, 0);
        stream.publish("m", KIB, 0);

        assertEquals(3, stream.info().retained);
        assertEquals(3 * one, stream.info().retainedBytes);
        assertEquals(3 * one, budget.total());
        StreamTest.RecordingSink sink = new StreamTest.RecordingSink();
        stream.subscribe(sink, StartPoint.after(first), 0);
        assertEquals(ResetSignal.EXPIRED, sink.reset.reason());
        assertEquals(third, sink.reset.oldestId());
        assertEquals(3, sink.received.size());
    }

    @Test
    void anEventLargerThanTheStreamBoundIsNotRetainedButTheStreamStaysCoherent() {
        RetainedBytes budget = new RetainedBytes(Long.MAX_VALUE);
        Stream stream = stream("s", new HistoryLimits(100, 60_000, one - 1), budget);
        long id = stream.publish("m", KIB, 0).id();
        assertEquals(0, stream.info().retained);
        assertEquals(0, budget.total());
        StreamTest.RecordingSink sink = new StreamTest.RecordingSink();
        stream.subscribe(sink, StartPoint.after(id), 0);
        assertNull(sink.reset, "nothing after the newest id was lost");
    }

    @Test
    void overTheNodeBudgetTheOldestEventOfTheWholeNodeGoesFirst() {
        RetainedBytes budget = new RetainedBytes(4 * one);
        Stream a = stream("a", unbounded(), budget);
        Stream b = stream("b", unbounded(), budget);
        Stream c = stream("c", unbounded(), budget);
        List<Stream> order = List.of(a, b, c, b, a, c);
        List<Long> published = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            published.add(order.get(i).publish("m", i + KIB.substring(1), 0).id());
            budget.enforce();
            assertTrue(budget.total() <= 4 * one, "after publish " + i + ": " + budget.total());
        }
        // a0 and b1 went (the two oldest of the node), in that order: b lost its oldest only after a did.
        assertEquals(List.of("4"), replayAll(a).stream().map(d -> d.substring(0, 1)).toList());
        assertEquals(List.of("3"), replayAll(b).stream().map(d -> d.substring(0, 1)).toList());
        assertEquals(List.of("2", "5"), replayAll(c).stream().map(d -> d.substring(0, 1)).toList());
        assertEquals(4 * one, budget.total());
        assertEquals(3, budget.holding());

        StreamTest.RecordingSink resumed = new StreamTest.RecordingSink();
        b.subscribe(resumed, StartPoint.after(published.get(1) - 1), 0);
        assertEquals(ResetSignal.EXPIRED, resumed.reset.reason(), "b's first event went to the node budget");
    }

    @Test
    void onlyTheOldestAcrossStreamsGoesWhileTheNewestStreamKeepsItsEvents() {
        RetainedBytes budget = new RetainedBytes(10 * one);
        List<Stream> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(stream("s" + i, unbounded(), budget));
            many.get(i).publish("m", KIB, 0);
        }
        Stream busy = stream("busy", unbounded(), budget);
        for (int i = 0; i < 5; i++) {
            busy.publish("m", KIB, 0);
            budget.enforce();
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(i < 5 ? 0 : 1, many.get(i).info().retained, "stream s" + i);
        }
        assertEquals(5, busy.info().retained);
        assertEquals(6, budget.holding());
    }

    @Test
    void bytesAreReleasedWhenEventsLeaveByCountAgeBytesOrBudgetAndWhenTheStreamRetires() {
        RetainedBytes budget = new RetainedBytes(Long.MAX_VALUE);
        Stream byCount = stream("count", new HistoryLimits(2, 60_000, Long.MAX_VALUE), budget);
        for (int i = 0; i < 5; i++) {
            byCount.publish("m", KIB, 0);
        }
        assertEquals(2 * one, budget.total());

        Stream byAge = stream("age", new HistoryLimits(100, 1_000, Long.MAX_VALUE), budget);
        byAge.publish("m", KIB, 0);
        byAge.publish("m", KIB, 0);
        assertEquals(4 * one, budget.total());
        assertTrue(byAge.expireAndRetireIfIdle(5_000), "all aged out and nobody listens");
        assertEquals(2 * one, budget.total());
        assertEquals(0, byAge.info().retainedBytes);

        Stream byBytes = stream("bytes", new HistoryLimits(100, 60_000, 2 * one), budget);
        for (int i = 0; i < 4; i++) {
            byBytes.publish("m", KIB, 0);
        }
        assertEquals(4 * one, budget.total());

        RetainedBytes tight = new RetainedBytes(one);
        Stream byBudget = stream("budget", unbounded(), tight);
        byBudget.publish("m", KIB, 0);
        byBudget.publish("m", KIB, 0);
        tight.enforce();
        assertEquals(one, tight.total());
        assertEquals(one, byBudget.info().retainedBytes);
        assertEquals(1, tight.holding());

        assertFalse(byCount.expireAndRetireIfIdle(0));
        assertTrue(byCount.expireAndRetireIfIdle(60_001 + 0), "aged out at last");
        assertTrue(byBytes.expireAndRetireIfIdle(60_001));
        assertEquals(0, budget.total(), "every byte retained was released");
        assertEquals(0, budget.holding());
    }

    @Test
    void aDroppedOldestThatIsNoLongerTheOldestIsLeftAlone() {
        RetainedBytes budget = new RetainedBytes(Long.MAX_VALUE);
        Stream stream = stream("s", new HistoryLimits(1, 60_000, Long.MAX_VALUE), budget);
        long first = stream.publish("m", KIB, 0).id();
        long second = stream.publish("m", KIB, 0).id();
        assertFalse(stream.dropOldest(first), "already gone by count");
        assertEquals(1, stream.info().retained);
        assertTrue(stream.dropOldest(second));
        assertEquals(0, budget.total());
    }
}
