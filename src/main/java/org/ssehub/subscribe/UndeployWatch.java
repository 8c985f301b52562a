package org.ssehub.subscribe;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.runtime.HubThreads;

import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the drain as soon as a Tomcat-based server (Tomcat, TomEE) begins to stop this application,
 * while its connections can still be written to. Tomcat stops a context in two steps: it first waits
 * up to the context's {@code unloadDelay} (2 s by default) for async requests to end, then marks it
 * unavailable and times out every async request still open, all at once; the application is told
 * ({@code @PreDestroy}) only after that. So this watches the context's state through Tomcat's own
 * JMX bean (its {@code stateName} reaches {@code STARTED}, then leaves it when the stop begins), drains then, and
 * raises {@code unloadDelay} to cover the drain window. Elsewhere (Payara) it does nothing, and the
 * drain runs from {@link Subscribers}' {@code @PreDestroy}.
 */
@ApplicationScoped
public class UndeployWatch {

    private static final Logger LOG = Logger.getLogger(UndeployWatch.class.getName());
    static final long CHECK_MILLIS = 200;
    /** Added to the drain window for Tomcat's wait: the retry lead, the check interval, and slack. */
    static final long MARGIN_MILLIS = 3_000;

    @Inject
    Subscribers subscribers;
    @Inject
    HubThreads threads;
    @Inject
    HubConfig config;

    private MBeanServer server;
    private ObjectName context;
    private ScheduledFuture<?> check;
    private boolean started;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        server = ManagementFactory.getPlatformMBeanServer();
        context = find(servletContext);
        if (context == null) {
            LOG.fine("No Tomcat context bean found: the drain runs when the application is told it stops");
            return;
        }
        long needed = TimeUnit.SECONDS.toMillis(Math.max(0, config.number(Setting.DRAIN_SECONDS))) + MARGIN_MILLIS;
        try {
            if (((Number) server.getAttribute(context, "unloadDelay")).longValue() < needed) {
                server.setAttribute(context, new Attribute("unloadDelay", needed));
            }
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not raise Tomcat's unloadDelay; an undeploy may cut the drain short", e);
        }
        check = threads.timer().scheduleWithFixedDelay(this::check, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (check != null) {
            check.cancel(false);
        }
    }

    private void check() {
        String state;
        try {
            state = String.valueOf(server.getAttribute(context, "stateName"));
        } catch (JMException | RuntimeException e) {
            state = "GONE"; // the bean is unregistered once the context is stopped
        }
        if ("STARTED".equals(state)) {
            started = true; // the context is still starting when the application is told it has started
        } else if (started) {
            LOG.info(() -> "The server is stopping this application (" + context + "); draining");
            check.cancel(false);
            subscribers.drain();
        }
    }

    /** Tomcat's bean of this context: {@code *:j2eeType=WebModule,name=//<host><path>,*}. */
    private ObjectName find(ServletContext servletContext) {
        String server = servletContext.getVirtualServerName(); // Tomcat: "<engine>/<host>"
        String path = servletContext.getContextPath();
        if (server == null || server.indexOf('/') < 0) {
            return null;
        }
        String name = "//" + server.substring(server.indexOf('/') + 1) + (path.isEmpty() ? "/" : path);
        try {
            Set<ObjectName> found = this.server.queryNames(new ObjectName("*:j2eeType=WebModule,name=" + name + ",*"), null);
            return found.size() == 1 ? found.iterator().next() : null;
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.FINE, "No Tomcat context bean", e);
            return null;
        }
    }
}
