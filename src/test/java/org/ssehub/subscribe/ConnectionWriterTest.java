package org.ssehub.subscribe;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ssehub.metrics.HubCounters;
import jakarta.servlet.AsyncEvent;
import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection writer over the servlet transport, with a fake output stream whose readiness the test
 * toggles and a fake async context: what goes out, in how many writes, and that every way a
 * connection ends completes the async context exactly once and tells the owner exactly once.
 */
class ConnectionWriterTest {

    /** A write queue the test works through by hand, as a lane would; or one that refuses, as when stopping. */
    static final class ManualQueue implements WriteQueue {
        final ArrayDeque<ConnectionWriter> queued = new ArrayDeque<>();
        boolean refuse;

        @Override
        public void queueAndWake(ConnectionWriter writer) {
            queueFromLane(writer);
        }

        @Override
        public void queueFromLane(ConnectionWriter writer) {
            if (refuse) {
                throw new RejectedExecutionException("stopping");
            }
            queued.add(writer);
        }

        void runAll() {
            ConnectionWriter writer;
            while ((writer = queued.poll()) != null) {
                writer.writeQueued();
            }
        }
    }

    final ServletFakes.Output out = new ServletFakes.Output();
    final ServletFakes.Async async = new ServletFakes.Async();
    final ManualQueue queue = new ManualQueue();
    final Backlog backlog = new Backlog(100, 1 << 20, new QueuedBytes(1 << 20));
    final List<String> endings = new ArrayList<>();
    final LateCompletions late = new LateCompletions();
    final ServletTransport transport = new ServletTransport(async.context, out, new HubCounters(new SimpleMeterRegistry()), late);
    final ConnectionWriter writer = new ConnectionWriter(transport, backlog, queue, Event::frame, endings::add);

    private static Event event(long id) {
        return new Event("s", id, "m", "e" + id, 0L);
    }

    @Test
    void theServletSideIsAsyncWithoutTimeoutAndListened() {
        assertEquals(0L, async.timeout, "no container timeout: the hub decides when a connection ends");
        assertEquals(List.of(transport), async.listeners);
    }

    @Test
    void whatWaitedTogetherGoesOutAsOneWriteAndOneFlush() {
        backlog.addFrame("retry: 1\n\n".getBytes());
        backlog.addLive(event(1));
        backlog.addLive(event(2));
        writer.begin();
        assertEquals(1, out.writeSizes.size());
        assertEquals(1, out.flushes);
        assertEquals("retry: 1\n\nid: 1\nevent: m\ndata: e1\n\nid: 2\nevent: m\ndata: e2\n\n", out.text());
    }

    @Test
    void aTransportThatIsNotReadyIsResumedByOnWritePossible() throws IOException {
        out.ready = false;
        backlog.addLive(event(1));
        writer.begin();
        assertEquals("", out.text(), "nothing is written while the container cannot take it");
        assertNotEquals(0L, writer.blockedSinceNanos(), "the stall clock runs");

        out.ready = true;
        out.listener.onWritePossible();
        assertEquals("id: 1\nevent: m\ndata: e1\n\n", out.text());
        assertEquals(0L, writer.blockedSinceNanos());

        backlog.addLive(event(2));
        writer.writeSoon();
        assertEquals(1, queue.queued.size(), "a later write waits for a lane");
        writer.writeSoon();
        assertEquals(1, queue.queued.size(), "and is queued once however often it is asked for");
        queue.runAll();
        assertTrue(out.text().endsWith("id: 2\nevent: m\ndata: e2\n\n"));
        assertTrue(endings.isEmpty());
        assertEquals(0, async.completions);
    }

    @Test
    void aFailingWriteEndsTheConnectionAndLeavesCompletingToTheContainersErrorDispatch() throws IOException {
        writer.begin();
        out.failure = new IOException("broken pipe");
        backlog.addLive(event(1));
        writer.writeSoon();
        queue.runAll();
        assertEquals(1, endings.size());
        assertTrue(endings.get(0).startsWith("write failed"), endings.get(0));
        assertTrue(backlog.isEmpty(), "what was queued is let go");
        assertEquals(0, async.completions, "the container is ending it: a complete() from here would race its own");

        out.listener.onError(new IOException("broken pipe"));
        async.listeners.get(0).onError(new AsyncEvent(async.context, new IOException("broken pipe")));
        assertEquals(1, async.completions, "completed by the container's onError, on its thread");
        late.tick(System.nanoTime() + 2 * LateCompletions.GRACE_NANOS);
        assertEquals(1, async.completions, "and only then");
        assertEquals(1, endings.size());
    }

    @Test
    void aFailedWriteTheContainerSaysNothingAboutIsCompletedAfterTheGrace() {
        writer.begin();
        out.failure = new IOException("broken pipe");
        backlog.addLive(event(1));
        writer.writeSoon();
        queue.runAll();
        late.tick(System.nanoTime());
        assertEquals(0, async.completions, "not before the grace");
        late.tick(System.nanoTime() + 2 * LateCompletions.GRACE_NANOS);
        assertEquals(1, async.completions, "cleanup does not depend on the container");
    }

    @Test
    void theWriteListenersErrorEndsTheConnectionAndNothingIsWrittenAfter() {
        writer.begin();
        out.listener.onError(new IOException("reset by peer"));
        backlog.addLive(event(1));
        writer.writeSoon();
        queue.runAll();
        assertEquals(1, endings.size());
        assertTrue(endings.get(0).startsWith("write failed"), endings.get(0));
        assertEquals("", out.text(), "the container may have handed the stream to another request");
        late.tick(System.nanoTime() + 2 * LateCompletions.GRACE_NANOS);
        assertEquals(1, async.completions, "completed once the container had its time");
    }

    @Test
    void stoppedLateCompletionsCompleteAtOnce() {
        writer.begin();
        late.stop();
        out.failure = new IOException("broken pipe");
        backlog.addLive(event(1));
        writer.writeSoon();
        queue.runAll();
        assertEquals(1, async.completions, "no timer is left to wait for");
    }

    @Test
    void aWriteRefusedWhileStoppingEndsTheConnectionOnTheCallersThread() {
        writer.begin();
        queue.refuse = true;
        backlog.addLive(event(1));
        writer.writeSoon();
        assertEquals(List.of("hub stopping"), endings);
        assertEquals(1, async.completions);
        assertEquals("", out.text(), "nothing more is written once stopping");
        assertTrue(backlog.isEmpty());
    }

    @Test
    void anEndAsksOnceAndTheFirstReasonWins() {
        writer.begin();
        writer.end("cut off");
        writer.end("another reason");
        queue.runAll();
        assertEquals(List.of("cut off"), endings);
        assertEquals(1, async.completions);
        assertTrue(writer.isEnding());
    }

    @Test
    void aContainerThatCompletedTheRequestIsNotCompletedAgain() throws IOException {
        writer.begin();
        async.listeners.get(0).onComplete(new AsyncEvent(async.context));
        queue.runAll();
        assertEquals(List.of("completed"), endings);
        assertEquals(0, async.completions, "the container had completed it already");
    }

    @Test
    void aTimeoutOrAsyncErrorIsCompletedOnTheContainersThreadInsideTheCallback() throws IOException {
        writer.begin();
        async.listeners.get(0).onTimeout(new AsyncEvent(async.context));
        assertEquals(1, async.completions, "completed before the callback returned");
        async.listeners.get(0).onError(new AsyncEvent(async.context, new IOException("x")));
        queue.runAll();
        late.tick(System.nanoTime() + 2 * LateCompletions.GRACE_NANOS);
        assertEquals(List.of("timed out"), endings);
        assertEquals(1, async.completions);
    }
}
