package org.ssehub.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import java.util.Set;

/**
 * Keeps Weld's HTTP request context off the long-lived SSE requests ({@code /api/events},
 * {@code /api/news}, {@code /api/demo/*}): they never use request-scoped beans, and Weld's
 * per-thread request bookkeeping does not survive an async request whose thread moves on to serve
 * others (it logs WELD-000714 "guard leak" warnings on every connection otherwise). Sets Weld's
 * documented {@code org.jboss.weld.context.mapping} parameter unless web.xml already does.
 * <p>
 * The mapping alone does not silence Weld: its nested-invocation guard, a thread-local set in
 * {@code requestInitialized} for every request whatever the mapping, is cleared only if
 * {@code requestDestroyed} runs on the same thread, which an async request's does not (the bench saw
 * 13,000 WELD-000714/000715 warnings in five minutes). The guard is there for containers that fire
 * request listeners for includes and forwards, which Tomcat does not, so it is turned off
 * ({@code org.jboss.weld.context.ignore.guard=false}, read by Weld's {@code WeldInitialListener}),
 * again unless web.xml sets it. Runtimes without Weld ignore both.
 */
public class WeldContextMapping implements ServletContainerInitializer {

    static final String PARAMETER = "org.jboss.weld.context.mapping";
    static final String NOT_STREAMING = "(?!/api/(?:events|news)$)(?!/api/demo/).*";
    static final String GUARD_PARAMETER = "org.jboss.weld.context.ignore.guard";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        // setInitParameter leaves a value web.xml set alone
        context.setInitParameter(PARAMETER, NOT_STREAMING);
        context.setInitParameter(GUARD_PARAMETER, "false");
    }
}
