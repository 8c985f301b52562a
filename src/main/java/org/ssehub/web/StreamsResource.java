package org.ssehub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ssehub.stream.Hub;
import org.ssehub.stream.StreamNames;

/**
 * {@code GET /api/streams} and {@code GET /api/streams/NAME}: what this node holds, read from the
 * {@link Hub}. The node's retained history bytes and their bound ride in headers, so the list keeps its shape.
 */
@Path("streams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreamsResource {

    @Inject
    Hub hub;
    @Inject
    Json json;

    static final String RETAINED_BYTES = "Hub-Retained-Bytes";
    static final String MAX_RETAINED_BYTES = "Hub-Max-Retained-Bytes";

    @GET
    public Response all() {
        return Response.ok(json.write(hub.streams()))
                .header(RETAINED_BYTES, hub.retainedBytes())
                .header(MAX_RETAINED_BYTES, hub.maxRetainedBytes()).build();
    }

    @GET
    @Path("{name}")
    public String one(@PathParam("name") String name) {
        StreamNames.require(name);
        return json.write(hub.stream(name).orElseThrow(() -> PlainErrors.status(404, "no stream named " + name)));
    }
}
