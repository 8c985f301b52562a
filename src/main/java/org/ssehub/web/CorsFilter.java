package org.ssehub.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * CORS for the whole API. With the default allow-list {@code *} every origin may read (no
 * credentials); with an explicit list, an allowed origin is echoed with
 * {@code Access-Control-Allow-Credentials: true} (what {@code EventSource} with
 * {@code withCredentials} needs) and any other origin gets no CORS headers; only then does the answer
 * depend on the origin and carry {@code Vary: Origin}. Answers preflights. The headers a script may read
 * are exposed by the responses that carry them ({@link #EXPOSE_HEADERS}), not by every response: an
 * event stream holds each response header for as long as it is open (about 0.5 KiB each on Payara).
 */
@WebFilter(filterName = "sse-hub-cors", urlPatterns = "/api/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    /** Names the response headers a cross-origin script may read; set beside the headers it names. */
    public static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";

    private static final long serialVersionUID = 1L;
    private transient Set<String> allowed;
    private transient boolean anyOrigin;

    @Override
    public void init() {
        HubConfig config = CDI.current().select(HubConfig.class).get();
        config.readContextParams(getServletContext());
        String list = config.string(Setting.ALLOWED_ORIGINS);
        allowed = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        anyOrigin = allowed.contains("*");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        InheritedWriteError.clear(response);
        String origin = request.getHeader("Origin");
        if (anyOrigin) {
            response.setHeader("Access-Control-Allow-Origin", "*");
        } else {
            response.addHeader("Vary", "Origin");
            if (origin != null && allowed.contains(origin)) {
                response.setHeader("Access-Control-Allow-Origin", origin);
                response.setHeader("Access-Control-Allow-Credentials", "true");
            }
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Last-Event-ID");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (!RequestCharset.readable(request)) {
            PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "unreadable Content-Type or charset: " + request.getContentType());
            return;
        }
        if (!QueryString.wellFormed(request.getQueryString())) {
            PlainErrors.send(response, HttpServletResponse.SC_BAD_REQUEST,
                    "malformed query string: a % must start a %-escape of UTF-8 bytes");
            return;
        }
        chain.doFilter(request, response);
    }
}
