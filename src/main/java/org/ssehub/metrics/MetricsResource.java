package org.ssehub.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.ssehub.access.AccessPolicy;
import org.ssehub.access.Refusal;

/**
 * {@code GET /api/metrics}: everything the registry holds, in the Prometheus text format (0.0.4).
 * Closed like publishing: loopback only, or {@code Authorization: Bearer <sse.hub.metrics-token>}.
 */
@Path("metrics")
@ApplicationScoped
public class MetricsResource {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    @Inject
    HubMetrics metrics;
    @Inject
    NodeGauges gauges;
    @Inject
    AccessPolicy access;

    @GET
    public Response scrape(@Context HttpServletRequest request) {
        Refusal refusal = access.forOperations(request);
        if (refusal != null) {
            throw refusal.toException();
        }
        return Response.ok(metrics.scrape()).type(CONTENT_TYPE).header("Cache-Control", "no-store").build();
    }
}
