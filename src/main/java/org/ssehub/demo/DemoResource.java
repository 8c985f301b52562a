package org.ssehub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The seed's single-connection streams: each client gets its own timed sequence.
 * <ul>
 * <li>{@code clock} (seed 000): ten {@code message} events with the server's local time, then ends;</li>
 * <li>{@code count} (seed 001): {@code data: 0} to {@code data: 4}, then ends;</li>
 * <li>{@code ping} (seed 002): id, {@code ping} type, {@code retry: 10000}, until the client leaves.</li>
 * </ul>
 * Application-scoped: it holds no state, and these long-lived requests run without a request context.
 */
@Path("demo")
@ApplicationScoped
public class DemoResource {

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    TimedStreams timed;

    @GET
    @Path("clock")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void clock(@Context SseEventSink sink, @Context Sse sse) {
        timed.run(sink, 10, n -> sse.newEventBuilder().name("message")
                .data(LocalDateTime.now().format(LOCAL_TIME)).build());
    }

    @GET
    @Path("count")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void count(@Context SseEventSink sink, @Context Sse sse) {
        timed.run(sink, 5, n -> sse.newEvent(Integer.toString(n)));
    }

    @GET
    @Path("ping")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void ping(@Context SseEventSink sink, @Context Sse sse) {
        timed.run(sink, Integer.MAX_VALUE, n -> {
            String seconds = Long.toString(Instant.now().getEpochSecond());
            return sse.newEventBuilder().id(seconds).name("ping").reconnectDelay(10_000).data("data-" + seconds).build();
        });
    }
}
