package org.ssehub.web;

import jakarta.servlet.http.HttpServletResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Clears a write error that a new response may have inherited from an earlier request on the same
 * Tomcat processor, before anything is written: {@link CorsFilter}, first on {@code /api/*}, calls it for
 * every request, so {@code /api/events}, {@code /api/rs/events} and the rest of the API are all covered.
 * <p>
 * Tomcat 10.1 (and 9.0, 11.0; seen on 10.1.48) reuses a processor, with its response, for request
 * after request. When a flush from a thread that is not the container's fails (a departed client: a
 * dispatcher lane here, a JAX-RS sink's scheduler in the demos), {@code AbstractProcessor} handles the
 * {@code CLIENT_FLUSH} failure by first dispatching the async error to a container thread, which may
 * complete and recycle the processor at once, and only then stores the exception on the response:
 * on a response that now belongs to no request, or to the next one. That next request's first real
 * flush writes its bytes and then throws the old exception ({@code OutputBuffer.doFlush} checks
 * {@code isExceptionPresent()}); a subscription on it sent its headers and {@code retry:}, ended as a
 * failed write, and left its client a stream that says nothing more. {@link HttpServletResponse#reset()}
 * clears that stored exception (Tomcat's {@code Response.recycle(false)}); the headers set so far (the
 * CORS filter's) are put back. On other servers the reset only clears what is put back.
 */
public final class InheritedWriteError {

    private InheritedWriteError() {
    }

    /** Before anything is written: resets the response, keeping the status and headers set so far. */
    public static void clear(HttpServletResponse response) {
        if (response.isCommitted()) {
            return; // too late to reset, and nothing of another request's can be pending on it
        }
        int status = response.getStatus();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            headers.putIfAbsent(name, List.copyOf(response.getHeaders(name)));
        }
        response.reset();
        response.setStatus(status);
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }
}
