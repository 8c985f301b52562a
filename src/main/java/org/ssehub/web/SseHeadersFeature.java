package org.ssehub.web;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Binds {@link SseHeadersFilter} to every resource method whose {@code @Produces} (on the method, else
 * its class) is {@code text/event-stream}, with or without parameters. Decided once per method at
 * deployment, not per request: a global filter asking for the matched method on every response cost a
 * publish about a tenth of its JAX-RS time (bench profile, BENCHMARKS.md). Decides by the annotation,
 * not the response media type, which CXF leaves null for SSE responses.
 */
@Provider
public class SseHeadersFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        if (producesEvents(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass())) {
            context.register(new SseHeadersFilter());
        }
    }

    static boolean producesEvents(Method method, Class<?> resource) {
        Produces produces = method == null ? null : method.getAnnotation(Produces.class);
        if (produces == null && resource != null) {
            produces = resource.getAnnotation(Produces.class);
        }
        return produces != null && Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(type -> type.trim().startsWith(MediaType.SERVER_SENT_EVENTS));
    }
}
