package org.ssehub.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.access.AccessPolicy;
import org.ssehub.access.SubscribeDecision;
import org.ssehub.subscribe.SinkRequest;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/rs/events?stream=NAME} (default {@code events}): {@code /api/events} for one stream,
 * served through the stream's {@link HubBroadcaster}, so the JAX-RS path shows, and tests, the same
 * contract: {@code Last-Event-ID} or {@code lastEventId}, {@code replay}, private streams. Everything a
 * client can get wrong is checked before the sink is registered, so it is answered as a plain 4xx.
 */
@Path("rs/events")
@ApplicationScoped
public class RsEventsResource {

    @Inject
    HubBroadcasters broadcasters;
    @Inject
    AccessPolicy access;

    /**
     * The charset named as on {@code /api/events}: Jersey names none for a plain {@code text/event-stream}
     * and takes this {@code @Produces}; CXF's sink sets a plain one on the servlet response when it is made,
     * so the method sets it again before the first send.
     */
    static final String EVENT_STREAM_UTF8 = MediaType.SERVER_SENT_EVENTS + ";charset=UTF-8";

    @GET
    @Produces(EVENT_STREAM_UTF8)
    public void subscribe(@QueryParam("stream") String stream, @QueryParam("lastEventId") String lastEventId,
                          @QueryParam("replay") String replay, @HeaderParam("Last-Event-ID") String header,
                          @Context UriInfo uri, @Context HttpServletRequest request, @Context HttpServletResponse response,
                          @Context SseEventSink sink, @Context Sse sse) {
        List<String> streams = uri.getQueryParameters().get("stream");
        if (streams != null && streams.size() > 1) {
            throw new IllegalArgumentException("one stream per request here; /api/events takes several");
        }
        SinkRequest wanted = SinkRequest.of(stream, header, lastEventId, replay, Optional.empty());
        SubscribeDecision allowed = access.forSubscribe(request, List.of(wanted.stream()));
        if (allowed.refused()) {
            throw allowed.refusal().toException();
        }
        response.setContentType(EVENT_STREAM_UTF8);
        broadcasters.forStream(wanted.stream(), sse).register(sink, wanted.until(allowed.closeAt()));
    }
}
