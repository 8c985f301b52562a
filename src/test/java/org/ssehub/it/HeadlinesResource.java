package org.ssehub.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.broadcast.HubBroadcasters;
import org.ssehub.publish.PublishedEvent;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Deployed only in tests: README's "Your own JAX-RS SSE resource", character for character ({@code RsBroadcasterIT} checks). */
// README:begin
@Path("headlines")
@ApplicationScoped
public class HeadlinesResource {

    @Inject
    HubBroadcasters broadcasters;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void subscribe(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastId) {
        broadcasters.forStream("headlines", sse).register(sink, lastId);
    }

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public CompletionStage<String> publish(@QueryParam("title") String title, @Context Sse sse) {
        return broadcasters.forStream("headlines", sse).broadcast(sse.newEventBuilder().name("headline")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(Map.of("title", title)).build())
                .thenApply(PublishedEvent::id);
    }
}
// README:end
