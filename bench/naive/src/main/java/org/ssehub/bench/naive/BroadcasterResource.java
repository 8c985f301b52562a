package org.ssehub.bench.naive;

import jakarta.inject.Singleton;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The tutorial broadcaster (Jersey's "server-sent-events" guide, section "Broadcasting"): a singleton
 * resource holding one {@link SseBroadcaster}. The {@code stream} parameter is accepted and ignored so the
 * load tool can use the hub's URLs; the benchmark uses one stream at a time.
 */
@Singleton
@Path("/")
public class BroadcasterResource {

    private final Sse sse;
    private final SseBroadcaster broadcaster;

    public BroadcasterResource(@Context Sse sse) {
        this.sse = sse;
        this.broadcaster = sse.newBroadcaster();
    }

    @GET
    @Path("events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void listen(@Context SseEventSink eventSink) {
        broadcaster.register(eventSink);
    }

    @POST
    @Path("publish")
    @Consumes(MediaType.WILDCARD)
    public void publish(@QueryParam("type") String type, String data) {
        OutboundSseEvent event = sse.newEventBuilder()
                .name(type == null ? "message" : type)
                .mediaType(MediaType.TEXT_PLAIN_TYPE)
                .data(String.class, data)
                .build();
        broadcaster.broadcast(event);
    }
}
