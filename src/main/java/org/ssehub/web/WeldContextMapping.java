package org.ssehub.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import java.util.Set;

/**
 * Keeps Weld's HTTP request context off the long-lived SSE requests ({@code /api/events},
 * {@code /api/news}, {@code /api/demo/*}): they never use request-scoped beans, and Weld's
 * per-thread request bookkeeping does not survive an async request whose thread moves on to serve
 * others (it logs WELD-000714 "guard leak" warnings on every connection otherwise). Sets Weld's
 * documented {@code org.jboss.weld.context.mapping} parameter unless web.xml already does;
 * runtimes without Weld ignore it.
 */
public class WeldContextMapping implements ServletContainerInitializer {

    static final String PARAMETER = "org.jboss.weld.context.mapping";
    static final String NOT_STREAMING = "(?!/api/(?:events|news)$)(?!/api/demo/).*";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.setInitParameter(PARAMETER, NOT_STREAMING);
    }
}
