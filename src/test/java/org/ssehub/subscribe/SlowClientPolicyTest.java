package org.ssehub.subscribe;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ssehub.metrics.HubCounters;
import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a slow client gets: room made by writing out first, then a cut-off when its own backlog or the
 * node-wide bound on queued bytes is still full; and a cut-off once it stalled for the limit. The
 * node-wide bytes are given back whenever events leave a backlog, written or dropped.
 */
class SlowClientPolicyTest {

    private static final long STALL = TimeUnit.SECONDS.toNanos(10);
    private final SlowClientPolicy policy = new SlowClientPolicy(STALL);

    private static Event event(long id) {
        return new Event("s", id, "m", "x".repeat(100), 0L);
    }

    @Test
    void aFullBacklogIsWrittenOutFirstAndTheClientKeptIfThatMadeRoom() {
        Backlog backlog = new Backlog(1, 1 << 20, new QueuedBytes(1 << 20));
        assertTrue(policy.queue(backlog, event(1), () -> { }).keep());
        AtomicInteger writes = new AtomicInteger();
        SlowClientPolicy.Decision decision = policy.queue(backlog, event(2), () -> {
            writes.incrementAndGet();
            backlog.takeUpTo(1 << 16); // the client took what was pending
        });
        assertTrue(decision.keep());
        assertEquals(1, writes.get());
    }

    @Test
    void aClientWhoseOwnBacklogStaysFullIsCutOff() {
        Backlog backlog = new Backlog(1, 1 << 20, new QueuedBytes(1 << 20));
        policy.queue(backlog, event(1), () -> { });
        assertEquals(SlowClientPolicy.BACKLOG_FULL, policy.queue(backlog, event(2), () -> { }).cutOffReason());
    }

    @Test
    void theClientWhoseBacklogWouldPassTheNodeWideBoundIsCutOffAndTheOthersKeepTheirs() {
        long size = event(1).size();
        QueuedBytes node = new QueuedBytes(3 * size);
        Backlog slow = new Backlog(100, 1 << 20, node);
        Backlog other = new Backlog(100, 1 << 20, node);
        assertTrue(policy.queue(slow, event(1), () -> { }).keep());
        assertTrue(policy.queue(slow, event(2), () -> { }).keep());
        assertTrue(policy.queue(other, event(1), () -> { }).keep());
        assertEquals(3 * size, node.used());

        SlowClientPolicy.Decision decision = policy.queue(slow, event(3), () -> { });
        assertEquals(SlowClientPolicy.NODE_FULL, decision.cutOffReason(), "its own limits had room; the node's did not");
        assertEquals(3 * size, node.used(), "the refused event reserved nothing");

        slow.close(); // what a cut-off client's writer does
        assertEquals(size, node.used(), "a dropped backlog gives its bytes back");
        assertTrue(policy.queue(other, event(2), () -> { }).keep(), "the others go on");
        other.takeUpTo(1 << 16);
        assertEquals(0, node.used(), "written events give their bytes back");
    }

    @Test
    void aClientThatTookNothingForTheStallLimitIsCutOff() {
        long blockedSince = 1_000;
        assertTrue(policy.check(0, blockedSince + 2 * STALL).keep(), "not blocked at all");
        assertTrue(policy.check(blockedSince, blockedSince + STALL - 1).keep());
        assertTrue(policy.check(blockedSince, blockedSince + STALL).cutOffReason().startsWith("stalled"));
    }

    @Test
    void aConnectionCarriesTheCutOffOutAndLetsItsBytesGo() {
        long size = event(1).size();
        QueuedBytes node = new QueuedBytes(size);
        ServletFakes.Output out = new ServletFakes.Output();
        ServletFakes.Async async = new ServletFakes.Async();
        ConnectionWriterTest.ManualQueue queue = new ConnectionWriterTest.ManualQueue();
        List<String> endings = new java.util.ArrayList<>();
        HubCounters counters = new HubCounters(new SimpleMeterRegistry());
        Connection connection = new Connection(List.of("s"), null, new Backlog(100, 1 << 20, node), policy,
                new ServletTransport(async.context, out, counters, new LateCompletions()), queue, counters, (c, reason) -> endings.add(reason));
        connection.start("s", 0, null, List.of());
        connection.begin();
        out.ready = false; // the client reads nothing

        connection.deliver(event(1));
        connection.deliver(event(2));
        queue.runAll();

        assertEquals(List.of(SlowClientPolicy.NODE_FULL), endings);
        assertEquals(1, async.completions);
        assertEquals(0, node.used());
    }

    @Test
    void whatReachesABacklogAfterItsConnectionEndedHoldsNoNodeBytes() {
        QueuedBytes node = new QueuedBytes(1 << 20);
        Backlog backlog = new Backlog(100, 1 << 20, node);
        backlog.addLive(event(1));
        backlog.close(); // the writer finished the connection
        assertTrue(policy.queue(backlog, event(2), () -> { }).keep(), "a lane that was already handing it over");
        backlog.addReplay(List.of(event(3)));
        assertEquals(0, node.used(), "a leak here would shrink every other client's room for good");
        assertTrue(backlog.isEmpty());
    }
}
