package org.ssehub.stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.ssehub.access.AccessPolicy;
import org.ssehub.web.Json;
import org.ssehub.web.PlainErrors;

import java.util.function.Predicate;

/**
 * {@code GET /api/streams} and {@code GET /api/streams/NAME}: what this node holds. A private stream
 * shows only to a caller whose token may read it; to anyone else it does not exist.
 */
@Path("streams")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StreamsResource {

    @Inject
    Hub hub;
    @Inject
    Json json;
    @Inject
    AccessPolicy access;
    @Context
    HttpServletRequest request;

    @GET
    public String all() {
        Predicate<String> readable = access.readable(request);
        return json.write(hub.streams().stream().filter(info -> readable.test(info.name)).toList());
    }

    @GET
    @Path("{name}")
    public String one(@PathParam("name") String name) {
        try {
            StreamNames.require(name);
        } catch (IllegalArgumentException e) {
            throw PlainErrors.status(400, e.getMessage());
        }
        return json.write(hub.stream(name).filter(info -> access.readable(request).test(name)) // private and not yours: unknown
                .orElseThrow(() -> PlainErrors.status(404, "no stream named " + name)));
    }
}
