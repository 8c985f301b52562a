package org.ssehub.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Adds {@code Cache-Control: no-cache} and {@code X-Accel-Buffering: no} to the JAX-RS SSE
 * endpoints (a {@code @Produces} of {@code text/event-stream}, with or without a charset). Decides by the
 * resource method's {@code @Produces}, not the response media type,
 * which CXF leaves null for SSE responses.
 */
@Provider
public class SseHeadersFilter implements ContainerResponseFilter {

    @Context
    private ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        if (produces != null && Arrays.stream(produces.value()).anyMatch(type -> type.startsWith(MediaType.SERVER_SENT_EVENTS))) {
            response.getHeaders().putSingle("Cache-Control", "no-cache");
            response.getHeaders().putSingle("X-Accel-Buffering", "no");
        }
    }
}
