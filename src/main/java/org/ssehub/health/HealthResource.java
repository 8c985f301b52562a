package org.ssehub.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ssehub.access.AccessPolicy;
import org.ssehub.access.Refusal;
import org.ssehub.stream.Backplane;
import org.ssehub.stream.Hub;
import org.ssehub.subscribe.Figures;
import org.ssehub.subscribe.Subscribers;
import org.ssehub.web.Json;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/health/live}: UP while the application answers. {@code /api/health/ready}: DOWN while
 * the node drains or holds as many connections as it admits. A backplane that cannot be reached does
 * not make a node not-ready: every node shares it, so that would take them all out at once, while
 * their connected clients can still be served. {@code 200} when UP, {@code 503} when DOWN. Open to
 * probes from anywhere (they tell counts, nothing else); the drain switch is closed like the metrics.
 */
@Path("health")
@ApplicationScoped
public class HealthResource {

    @Inject
    Subscribers subscribers;
    @Inject
    AccessPolicy access;
    @Inject
    Hub hub;
    @Inject
    Json json;

    @GET
    @Path("live")
    public Response live() {
        return answer(new HealthReport(List.of(HealthReport.check("hub", true, Map.of()))), 200);
    }

    @GET
    @Path("ready")
    public Response ready() {
        HealthReport report = readiness();
        return answer(report, report.up() ? 200 : 503);
    }

    private HealthReport readiness() {
        Figures now = subscribers.figures();
        Optional<Backplane> backplane = hub.backplane();
        return new HealthReport(List.of(
                HealthReport.check("drain", !now.draining(), Map.of("draining", now.draining())),
                HealthReport.check("connections", !now.full(), Map.of("open", now.connections(), "limit", now.limit())),
                HealthReport.check("backplane", true, Map.of("configured", backplane.isPresent(),
                        "reachable", backplane.map(Backplane::up).orElse(false), "affectsReadiness", false))));
    }

    /** Starts draining: readiness goes down, new subscriptions get 503, open ones are closed spread out. */
    @POST
    @Path("drain")
    public Response drain(@Context HttpServletRequest request) {
        guard(request);
        subscribers.drain();
        return answer(readiness(), 202);
    }

    /** Stops a drain (a cancelled maintenance): subscriptions are taken again. */
    @DELETE
    @Path("drain")
    public Response undrain(@Context HttpServletRequest request) throws InterruptedException {
        guard(request);
        subscribers.resume();
        return answer(readiness(), 200);
    }

    private void guard(HttpServletRequest request) {
        Refusal refusal = access.forOperations(request);
        if (refusal != null) {
            throw refusal.toException();
        }
    }

    private Response answer(HealthReport report, int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").entity(json.write(report.body())).build();
    }
}
