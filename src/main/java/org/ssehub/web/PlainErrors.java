package org.ssehub.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ssehub.stream.HubFullException;
import org.ssehub.stream.redis.StoreUnavailableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hub's one error mapping: a status and one plain line of text, never an HTML page or a stack
 * trace. {@link IllegalArgumentException} (a client's mistake) is 400, {@link TooLargeException} 413,
 * {@link HubFullException} and {@link StoreUnavailableException} (Redis away) 503 with {@code Retry-After}; anything else is a 500 whose detail goes to the log only. JAX-RS
 * resources throw and {@link PlainExceptionMapper} answers; the servlet calls {@link #send(HttpServletResponse, RuntimeException)}.
 */
public final class PlainErrors {

    private static final Logger LOG = Logger.getLogger(PlainErrors.class.getName());

    private PlainErrors() {
    }

    /** For JAX-RS resources: throw what this returns. */
    public static WebApplicationException status(int status, String message) {
        return new WebApplicationException(message, response(status, message));
    }

    /** The status an exception stands for. */
    static int statusOf(RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            return 400;
        }
        if (e instanceof TooLargeException) {
            return 413;
        }
        if (e instanceof HubFullException || e instanceof StoreUnavailableException) {
            return 503;
        }
        return 500;
    }

    /** The plain text a client gets for an exception; a 500's detail stays in the log. */
    static String messageOf(RuntimeException e, int status) {
        if (status == 500) {
            LOG.log(Level.WARNING, "Unexpected failure answered with 500", e);
            return "internal error";
        }
        return e.getMessage();
    }

    /** Seconds a client should wait before it retries after a 503. */
    private static final String RETRY_AFTER_SECONDS = "1";

    static Response response(int status, String message) {
        return Response.status(status)
                .header("Retry-After", status == 503 ? RETRY_AFTER_SECONDS : null)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message + "\n")
                .build();
    }

    /** For servlets: answers the exception as the mapping says, if the response is not committed yet. */
    public static void send(HttpServletResponse response, RuntimeException e) throws IOException {
        int status = statusOf(e);
        send(response, status, messageOf(e, status));
    }

    /** For servlets: writes the error if the response is not committed yet. */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        if (status == 503) {
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
