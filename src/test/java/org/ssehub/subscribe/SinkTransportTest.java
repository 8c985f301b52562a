package org.ssehub.subscribe;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import org.glassfish.jersey.media.sse.OutboundEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.ssehub.metrics.HubCounters;
import org.ssehub.stream.Event;
import org.ssehub.stream.Frames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JAX-RS sink behind the connection writer: the hub's frames become events with the same fields for
 * either runtime's way of writing data, at most one send is outstanding, and a failed send (either way a
 * runtime reports one) ends the connection and closes the sink.
 */
class SinkTransportTest {

    /** Jersey's own event builder, as a resource's {@code @Context Sse} would hand out. */
    static final Sse JERSEY = new Sse() {
        @Override
        public OutboundSseEvent.Builder newEventBuilder() {
            return new OutboundEvent.Builder();
        }

        @Override
        public SseBroadcaster newBroadcaster() {
            throw new UnsupportedOperationException();
        }
    };

    /** A sink whose sends complete when the test says. */
    static final class FakeSink implements SseEventSink {
        final List<OutboundSseEvent> sent = new ArrayList<>();
        final List<CompletableFuture<Object>> stages = new ArrayList<>();
        boolean closed;
        int closes;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            sent.add(event);
            CompletableFuture<Object> stage = new CompletableFuture<>();
            stages.add(stage);
            return stage;
        }

        @Override
        public void close() {
            closed = true;
            closes++;
        }
    }

    final FakeSink sink = new FakeSink();
    final ConnectionWriterTest.ManualQueue queue = new ConnectionWriterTest.ManualQueue();
    final Backlog backlog = new Backlog(100, 1 << 20, new QueuedBytes(1 << 20));
    final List<String> endings = new ArrayList<>();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final SinkTransport transport = new SinkTransport(sink, new SinkFrames(JERSEY, true), Runnable::run, new HubCounters(registry));
    final ConnectionWriter writer = new ConnectionWriter(transport, backlog, queue, Event::frame, endings::add);

    @Test
    void framesBecomeEventsWithTheSameFieldsForJersey() {
        List<OutboundSseEvent> events = new SinkFrames(JERSEY, true).events(chunk(
                Frames.retry(2500), new Event("s", 7, "tick", "a\r\nb", 0).frame(), Frames.comment("keepalive"),
                Frames.body("hub-reset", "{}")));
        assertEquals(4, events.size());
        assertEquals(2500, events.get(0).getReconnectDelay());
        assertEquals("", events.get(0).getData(), "Jersey writes retry only with data; empty data writes no data line");
        assertEquals("7", events.get(1).getId());
        assertEquals("tick", events.get(1).getName());
        assertEquals("a\nb", events.get(1).getData());
        assertEquals("keepalive", events.get(2).getComment());
        assertNull(events.get(2).getData());
        assertNull(events.get(3).getId(), "a control event keeps the client's id");
        assertEquals("hub-reset", events.get(3).getName());
        assertTrue(new SinkFrames(JERSEY, true).events(new byte[0]).isEmpty(), "a probe write sends nothing");
    }

    @Test
    void forARuntimeThatWritesDataUnsplitTheLinesAreJoinedAsDataLines() {
        List<OutboundSseEvent> events = new SinkFrames(JERSEY, false).events(
                new Event("s", 7, "tick", "a\nb\nc", 0).frame());
        assertEquals("a\ndata: b\ndata: c", events.get(0).getData());
    }

    @Test
    void oneSendIsOutstandingAtATimeAndTheNextWaitsForItsStage() {
        backlog.addLive(new Event("s", 1, "m", "one", 0));
        backlog.addLive(new Event("s", 2, "m", "two", 0));
        writer.begin();
        assertEquals(1, sink.sent.size());
        assertFalse(transport.isReady());
        backlog.addLive(new Event("s", 3, "m", "three", 0));
        writer.writeSoon();
        queue.runAll();
        assertEquals(1, sink.sent.size(), "nothing more while a send is outstanding");
        sink.stages.get(0).complete(null);
        assertEquals(2, sink.sent.size());
        sink.stages.get(1).complete(null);
        assertEquals(3, sink.sent.size(), "the writer resumed when the transport was ready again");
        assertEquals(List.of("one", "two", "three"), sink.sent.stream().map(e -> (String) e.getData()).toList());
        sink.stages.get(2).complete(null);
        assertTrue(transport.isReady());
        assertTrue(endings.isEmpty());
        int frames = new Event("s", 1, "m", "one", 0).frame().length + new Event("s", 2, "m", "two", 0).frame().length
                + new Event("s", 3, "m", "three", 0).frame().length;
        assertEquals(frames, registry.get("sse.hub.written").functionCounter().count(), "the bytes handed to the sink are counted");
    }

    @Test
    void aConnectionEndedDuringASendClosesTheSinkOnlyOnceThatSendReturned() {
        backlog.addLive(new Event("s", 1, "m", "one", 0));
        backlog.addLive(new Event("s", 2, "m", "two", 0));
        writer.begin();
        transport.complete();
        assertFalse(sink.closed, "no close beside a send under way: on Jersey it would block a second thread");
        sink.stages.get(0).complete(null);
        assertTrue(sink.closed, "the send's thread closed the sink once the send returned");
        assertEquals(1, sink.sent.size(), "nothing sent after the end");
        assertFalse(transport.isReady());
    }

    @Test
    void aConnectionEndedWithNoSendUnderWayClosesTheSinkAtOnce() {
        backlog.addLive(new Event("s", 1, "m", "one", 0));
        writer.begin();
        sink.stages.get(0).complete(null);
        transport.complete();
        transport.complete();
        assertTrue(sink.closed);
        assertEquals(1, sink.closes);
    }

    @Test
    void aStageCompletedWithAnExceptionAsItsValueEndsTheConnection() {
        backlog.addLive(new Event("s", 1, "m", "one", 0));
        writer.begin();
        sink.stages.get(0).complete(new IOException("Broken pipe")); // how Jersey reports a failed send
        queue.runAll();
        assertEquals(1, endings.size());
        assertTrue(endings.get(0).startsWith("write failed: java.io.IOException: Broken pipe"), endings.get(0));
        assertTrue(sink.closed);
    }

    @Test
    void aStageCompletedExceptionallyEndsTheConnection() {
        backlog.addLive(new Event("s", 1, "m", "one", 0));
        writer.begin();
        sink.stages.get(0).completeExceptionally(new IllegalStateException("sink closed")); // CXF's way
        queue.runAll();
        assertEquals(1, endings.size());
        assertTrue(endings.get(0).contains("sink closed"), endings.get(0));
        assertTrue(sink.closed);
    }

    private static byte[] chunk(byte[]... frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] frame : frames) {
            out.writeBytes(frame);
        }
        return out.toByteArray();
    }
}
