package org.ssehub.bench.floor;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/events}: the event-stream head and a {@code retry:} frame, flushed, then the request is
 * held asynchronously with no timeout until the client goes or the server stops. The held contexts are
 * kept in a set so they stay reachable, as any hub keeps its subscribers, and leave it when they end.
 */
@WebServlet(urlPatterns = "/api/events", asyncSupported = true)
public final class HeldStreamServlet extends HttpServlet {

    private static final byte[] RETRY = "retry: 2000\n\n".getBytes(StandardCharsets.UTF_8);

    private final Set<AsyncContext> held = ConcurrentHashMap.newKeySet();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        async.addListener(new Forget(held));
        held.add(async);
        response.getOutputStream().write(RETRY);
        response.flushBuffer();
    }

    @Override
    public void destroy() {
        held.forEach(AsyncContext::complete);
        held.clear();
    }

    /** Takes an ended request out of the held set. */
    private record Forget(Set<AsyncContext> held) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            held.remove(event.getAsyncContext());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            event.getAsyncContext().complete();
        }

        @Override
        public void onError(AsyncEvent event) {
            event.getAsyncContext().complete();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // not restarted
        }
    }
}
