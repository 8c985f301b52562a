package org.ssehub.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.broadcast.HubBroadcaster;
import org.ssehub.broadcast.HubBroadcasters;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Deployed only in tests: drives a stream's {@link HubBroadcaster} from inside the server and reports
 * what happened as text, so {@code RsBroadcasterIT} can check the callbacks, {@code close()} and the
 * rules of {@code broadcast} over HTTP.
 */
@Path("test/broadcaster")
@ApplicationScoped
public class BroadcasterProbeResource {

    @Inject
    HubBroadcasters broadcasters;
    private final Set<HubBroadcaster> listened = ConcurrentHashMap.newKeySet();
    private final Map<String, Queue<String>> log = new ConcurrentHashMap<>();

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void subscribe(@QueryParam("stream") String stream, @Context SseEventSink sink, @Context Sse sse) {
        HubBroadcaster broadcaster = broadcasters.forStream(stream, sse);
        if (listened.add(broadcaster)) {
            Queue<String> lines = log.computeIfAbsent(stream, s -> new ConcurrentLinkedQueue<>());
            broadcaster.onError((ended, error) -> lines.add("error " + error.getMessage()));
            broadcaster.onClose(ended -> lines.add("close"));
        }
        broadcaster.register(sink);
    }

    @GET
    @Path("log")
    @Produces(MediaType.TEXT_PLAIN)
    public String log(@QueryParam("stream") String stream) {
        return String.join("\n", log.getOrDefault(stream, new ConcurrentLinkedQueue<>()));
    }

    @GET
    @Path("size")
    @Produces(MediaType.TEXT_PLAIN)
    public String size(@QueryParam("stream") String stream, @Context Sse sse) {
        return Integer.toString(broadcasters.forStream(stream, sse).size());
    }

    /** Broadcasts one kind of event and answers {@code ok <id>} or {@code failed <exception> <message>}. */
    @POST
    @Path("broadcast")
    @Produces(MediaType.TEXT_PLAIN)
    public String broadcast(@QueryParam("stream") String stream, @QueryParam("kind") String kind, @Context Sse sse) {
        OutboundSseEvent.Builder event = sse.newEventBuilder();
        switch (kind) {
            case "text" -> event.name("note").data("plain text");
            case "unnamed" -> event.data("no name");
            case "json" -> event.name("point").mediaType(MediaType.APPLICATION_JSON_TYPE).data(Map.of("x", 1));
            case "list" -> event.name("list").data(List.of(1, 2));
            case "with-id" -> event.id("42").name("note").data("mine");
            case "reserved" -> event.name("hub-reset").data("forged");
            case "comment" -> event.comment("only a comment");
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
        return outcome(broadcasters.forStream(stream, sse), event.build());
    }

    /** Closes the stream's broadcaster, then tries it again: answers what the closed one said. */
    @POST
    @Path("close")
    @Produces(MediaType.TEXT_PLAIN)
    public String close(@QueryParam("stream") String stream, @Context Sse sse) {
        HubBroadcaster broadcaster = broadcasters.forStream(stream, sse);
        broadcaster.close();
        broadcaster.close();
        try {
            broadcaster.broadcast(sse.newEvent("after close"));
            return "accepted after close";
        } catch (IllegalStateException e) {
            return "closed " + e.getMessage() + "; a new one: " + (broadcasters.forStream(stream, sse) != broadcaster);
        }
    }

    private static String outcome(HubBroadcaster broadcaster, OutboundSseEvent event) {
        try {
            return "ok " + broadcaster.broadcast(event).toCompletableFuture().join().id();
        } catch (CompletionException e) {
            return "failed " + e.getCause().getClass().getSimpleName() + " " + e.getCause().getMessage();
        }
    }
}
