package org.ssehub.subscribe;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ssehub.access.AccessPolicy;
import org.ssehub.access.SubscribeDecision;
import org.ssehub.web.PlainErrors;

import java.io.IOException;

/**
 * {@code GET /api/events?stream=NAME} (and {@code /api/news}, the news stream's shortcut). A servlet
 * rather than a JAX-RS resource so every container writes the same bytes and no thread waits on a
 * client: the exact mapping wins over the JAX-RS application's {@code /api/*}. A response starts
 * without a write error left by an earlier request ({@link org.ssehub.web.InheritedWriteError}, cleared by the CORS filter).
 */
@WebServlet(name = "sse-hub-events", urlPatterns = {"/api/events", "/api/news"}, asyncSupported = true)
public class EventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private transient Subscribers subscribers;
    private transient AccessPolicy access;

    @Override
    public void init() {
        subscribers = CDI.current().select(Subscribers.class).get();
        access = CDI.current().select(AccessPolicy.class).get();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String fixedStream = request.getServletPath().endsWith("/news") ? "news" : null;
        try {
            SubscribeRequest wanted = SubscribeRequest.from(request, fixedStream, subscribers.maxStreamsPerConnection());
            SubscribeDecision allowed = access.forSubscribe(request, wanted.streams());
            if (allowed.refused()) {
                allowed.refusal().send(response);
                return;
            }
            subscribers.open(request, response, wanted, allowed.closeAt());
        } catch (RuntimeException e) {
            PlainErrors.send(response, e); // the servlet's side of the one error mapping
        }
    }
}
