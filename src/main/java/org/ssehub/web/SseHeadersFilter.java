package org.ssehub.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Adds {@code Cache-Control: no-cache} and {@code X-Accel-Buffering: no} to a JAX-RS SSE response.
 * {@link SseHeadersFeature} binds it to the resource methods that produce {@code text/event-stream},
 * so no other request (a publish above all) pays for it.
 */
final class SseHeadersFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-cache");
        response.getHeaders().putSingle("X-Accel-Buffering", "no");
    }
}
