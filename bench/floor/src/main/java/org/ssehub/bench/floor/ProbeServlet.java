package org.ssehub.bench.floor;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code POST /api/publish}: reads the body and answers 204, so the bench's readiness probe sees the WAR is up. */
@WebServlet(urlPatterns = "/api/publish")
public final class ProbeServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
