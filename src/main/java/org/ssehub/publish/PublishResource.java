package org.ssehub.publish;

import jakarta.enterprise.context.RequestScoped;
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
import org.ssehub.stream.HubFullException;
import org.ssehub.web.PlainErrors;

import java.io.InputStream;

/**
 * {@code POST /api/publish?stream=&type=} with the data as the body, and the seed's
 * {@code GET /api/publish?stream=&type=&msg=}. Answers 204 with the assigned id in {@code Event-Id}.
 */
@Path("publish")
@RequestScoped
public class PublishResource {

    static final String EVENT_ID_HEADER = "Event-Id";

    @Inject
    EventBus bus;
    @Inject
    PublishGuard guard;
    @Inject
    HubConfig config;
    @Context
    HttpServletRequest request;

    @POST
    public Response post(@QueryParam("stream") String stream, @QueryParam("type") String type,
                         @QueryParam("msg") String msg, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        authorize(authorization);
        String data = RequestBody.read(body, contentType, request.getContentLengthLong(),
                config.integer(Setting.MAX_BODY_BYTES));
        return publish(stream, type, data == null || data.isBlank() ? msg : data);
    }

    @GET
    public Response get(@QueryParam("stream") String stream, @QueryParam("type") String type,
                        @QueryParam("msg") String msg, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authorize(authorization);
        return publish(stream, type, msg);
    }

    private void authorize(String authorization) {
        PublishGuard.Refusal refusal = guard.check(authorization, request.getRemoteAddr());
        if (refusal != null) {
            throw PlainErrors.status(refusal.status(), refusal.message());
        }
    }

    private Response publish(String stream, String type, String data) {
        try {
            PublishedEvent event = bus.publish(stream, type, data);
            return Response.noContent().header(EVENT_ID_HEADER, event.id()).build();
        } catch (IllegalArgumentException e) {
            throw PlainErrors.status(400, e.getMessage());
        } catch (HubFullException e) {
            throw PlainErrors.status(503, e.getMessage());
        }
    }
}
