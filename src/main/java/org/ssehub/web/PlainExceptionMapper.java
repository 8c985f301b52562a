package org.ssehub.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every exception a JAX-RS resource lets out, answered as {@link PlainErrors} maps it. A
 * {@link WebApplicationException} keeps its status (the runtime's own 404 or 405 included), in plain
 * text unless it carries its own body.
 */
@Provider
public class PlainExceptionMapper implements ExceptionMapper<RuntimeException> {

    @Override
    public Response toResponse(RuntimeException e) {
        if (e instanceof WebApplicationException web) {
            Response given = web.getResponse();
            if (given.hasEntity()) {
                return given;
            }
            Response.StatusType status = given.getStatusInfo();
            return PlainErrors.response(status.getStatusCode(), status.getReasonPhrase());
        }
        int status = PlainErrors.statusOf(e);
        return PlainErrors.response(status, PlainErrors.messageOf(e, status));
    }
}
