package org.ssehub.subscribe;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ssehub.stream.Event;
import org.ssehub.stream.EventSink;
import org.ssehub.stream.FanOut;
import org.ssehub.stream.ResetSignal;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A lane hands events to its members through {@link EventSink#deliver} (no downcast), and survives
 * whatever one member throws: a dead lane would silently starve every connection it owns.
 */
class DispatchLaneTest {

    private final Dispatcher dispatcher = new Dispatcher(1, Thread::new);

    @AfterEach
    void stop() throws InterruptedException {
        dispatcher.stop(1000);
    }

    /** A member that is no connection of this package: what a test, or another kind of sink, hands a lane. */
    record Member(FanOut fanOut, Consumer<Event> onEvent) implements EventSink {
        @Override
        public void start(String stream, long position, ResetSignal reset, List<Event> replay) {
            throw new UnsupportedOperationException("not subscribed through a stream here");
        }

        @Override
        public void deliver(Event event) {
            onEvent.accept(event);
        }
    }

    private static Event event(long id) {
        return new Event("s", id, "m", "e" + id, 0L);
    }

    @Test
    void aLaneDeliversToEveryKindOfSinkAndOutlivesAFailingOne() throws InterruptedException {
        FanOut lane = dispatcher.nextLane();
        LinkedBlockingQueue<Long> delivered = new LinkedBlockingQueue<>();
        Member recording = new Member(lane, event -> delivered.add(event.id()));
        Member throwing = new Member(lane, event -> {
            throw new IllegalStateException("boom");
        });
        Member erring = new Member(lane, event -> {
            throw new AssertionError("an Error, not an exception");
        });
        lane.publish(event(1), List.of(throwing, recording));
        lane.publish(event(2), List.of(erring, recording));
        lane.publish(event(3), List.of(recording));

        assertEquals(1L, delivered.poll(5, TimeUnit.SECONDS));
        assertEquals(2L, delivered.poll(5, TimeUnit.SECONDS));
        assertEquals(3L, delivered.poll(5, TimeUnit.SECONDS), "the lane is still alive");
    }
}
