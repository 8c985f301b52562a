package org.ssehub.publish;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.metrics.HubCounters;
import org.ssehub.metrics.HubMetrics;
import org.ssehub.web.CorsFilter;

import java.io.InputStream;

/**
 * {@code POST /api/publish?stream=&type=} with the data as the body, and the seed's
 * {@code GET /api/publish?stream=&type=&msg=}. Answers 204 with the assigned id in {@code Event-Id};
 * a bad field, a full node or a large body come back as {@link org.ssehub.web.PlainErrors} maps them.
 * Application-scoped and stateless: on the hot path of every publish, so no bean is created and
 * injected per request (the bench's profile showed that as a sixth of a publish's cost on Jersey).
 */
@Path("publish")
@ApplicationScoped
public class PublishResource {

    static final String EVENT_ID_HEADER = "Event-Id";

    @Inject
    EventBus bus;
    @Inject
    PublishGuard guard;
    @Inject
    HubConfig config;
    @Inject
    HubMetrics metrics;
    private HubCounters counters;
    private int maxBodyBytes;
    private BodyBudget bodies;

    @PostConstruct
    void readLimits() {
        counters = metrics.counters();
        maxBodyBytes = config.integer(Setting.MAX_BODY_BYTES);
        long inFlight = config.number(Setting.MAX_INFLIGHT_BODY_BYTES);
        bodies = new BodyBudget(inFlight > 0 ? inFlight : Runtime.getRuntime().maxMemory() / 16);
    }

    @POST
    public Response post(@QueryParam("stream") String stream, @QueryParam("type") String type,
                         @QueryParam("msg") String msg, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body,
                         @Context HttpServletRequest request) {
        try {
            guard.check(request, stream, false);
            try (BodyBudget.Claim claim = bodies.claim()) {
                String data = RequestBody.read(body, contentType, request.getContentLengthLong(), maxBodyBytes, claim);
                return publish(stream, type, data == null || data.isBlank() ? msg : data);
            }
        } catch (RuntimeException e) {
            counters.rejected(Rejections.of(e));
            throw e;
        }
    }

    @GET
    public Response get(@QueryParam("stream") String stream, @QueryParam("type") String type,
                        @QueryParam("msg") String msg, @Context HttpServletRequest request) {
        try {
            guard.check(request, stream, true);
            return publish(stream, type, msg);
        } catch (RuntimeException e) {
            counters.rejected(Rejections.of(e));
            throw e;
        }
    }

    private Response publish(String stream, String type, String data) {
        PublishedEvent event = bus.publish(stream, type, data);
        return Response.noContent().header(EVENT_ID_HEADER, event.id())
                .header(CorsFilter.EXPOSE_HEADERS, EVENT_ID_HEADER).build();
    }
}
