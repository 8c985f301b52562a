package org.ssehub.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ssehub.stream.Hub;
import org.ssehub.stream.StreamNames;

/** {@code GET /api/streams} and {@code GET /api/streams/NAME}: what this node holds, read from the {@link Hub}. */
@Path("streams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreamsResource {

    @Inject
    Hub hub;
    @Inject
    Json json;

    @GET
    public String all() {
        return json.write(hub.streams());
    }

    @GET
    @Path("{name}")
    public String one(@PathParam("name") String name) {
        StreamNames.require(name);
        return json.write(hub.stream(name).orElseThrow(() -> PlainErrors.status(404, "no stream named " + name)));
    }
}
