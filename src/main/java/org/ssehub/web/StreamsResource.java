package org.ssehub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ssehub.access.AccessPolicy;
import org.ssehub.stream.Hub;
import org.ssehub.stream.StreamNames;

import java.util.function.Predicate;

/**
 * {@code GET /api/streams} and {@code GET /api/streams/NAME}: what this node holds, read from the
 * {@link Hub}. A private stream shows only to a caller whose token may read it; to anyone else it
 * does not exist. The node's retained history bytes and their bound ride in headers, so the list
 * keeps its shape.
 */
@Path("streams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreamsResource {

    static final String RETAINED_BYTES = "Hub-Retained-Bytes";
    static final String MAX_RETAINED_BYTES = "Hub-Max-Retained-Bytes";

    @Inject
    Hub hub;
    @Inject
    Json json;
    @Inject
    AccessPolicy access;
    @Context
    HttpServletRequest request;

    @GET
    public Response all() {
        Predicate<String> readable = access.readable(request);
        return Response.ok(json.write(hub.streams().stream().filter(info -> readable.test(info.name)).toList()))
                .header(RETAINED_BYTES, hub.retainedBytes())
                .header(MAX_RETAINED_BYTES, hub.maxRetainedBytes())
                .header(CorsFilter.EXPOSE_HEADERS, RETAINED_BYTES + ", " + MAX_RETAINED_BYTES).build();
    }

    @GET
    @Path("{name}")
    public String one(@PathParam("name") String name) {
        StreamNames.require(name);
        return json.write(hub.stream(name).filter(info -> access.readable(request).test(name)) // private and not yours: unknown
                .orElseThrow(() -> PlainErrors.status(404, "no stream named " + name)));
    }
}
