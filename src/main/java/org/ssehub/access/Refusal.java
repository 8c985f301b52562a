package org.ssehub.access;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ssehub.web.PlainErrors;

import java.io.IOException;

/**
 * A request the access rules refuse: {@code 401} with {@code WWW-Authenticate: Bearer
 * error="invalid_token"} when the token is missing or invalid, {@code 403} when a valid token (or
 * the request's origin) does not allow it. Answered as one plain line of text.
 */
public record Refusal(int status, String message) {

    static final String CHALLENGE = "Bearer error=\"invalid_token\"";

    static Refusal invalidToken(String message) {
        return new Refusal(401, message);
    }

    static Refusal forbidden(String message) {
        return new Refusal(403, message);
    }

    /** For servlets, before the response is committed. */
    public void send(HttpServletResponse response) throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
        }
        PlainErrors.send(response, status, message);
    }

    /** For JAX-RS resources: throw what this returns. */
    public WebApplicationException toException() {
        Response.ResponseBuilder answer = Response.status(status)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message + "\n");
        if (status == 401) {
            answer.header("WWW-Authenticate", CHALLENGE);
        }
        return new WebApplicationException(message, answer.build());
    }
}
