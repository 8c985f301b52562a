package org.ssehub.stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ssehub.web.Json;
import org.ssehub.web.PlainErrors;

/** {@code GET /api/streams} and {@code GET /api/streams/NAME}: what this node holds. */
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
        try {
            StreamNames.require(name);
        } catch (IllegalArgumentException e) {
            throw PlainErrors.status(400, e.getMessage());
        }
        return json.write(hub.stream(name).orElseThrow(() -> PlainErrors.status(404, "no stream named " + name)));
    }
}
