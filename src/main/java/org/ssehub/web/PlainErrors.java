package org.ssehub.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Client mistakes answered as a status and one plain line of text, never an HTML page or a 500. */
public final class PlainErrors {

    private PlainErrors() {
    }

    /** For JAX-RS resources: throw what this returns. */
    public static WebApplicationException status(int status, String message) {
        return new WebApplicationException(message, Response.status(status)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message + "\n")
                .build());
    }

    /** For servlets: writes the error if the response is not committed yet. */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
