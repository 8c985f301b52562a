package org.ssehub.metrics;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's one Micrometer registry (Prometheus), with the JVM binders and, where the container is
 * Tomcat-based, Micrometer's Tomcat binder; and the {@link HubCounters} the hot path adds to. Closed,
 * with every binder that holds a listener, when the application stops. Never the global registry:
 * two deployments in one JVM keep their figures apart.
 */
@ApplicationScoped
public class HubMetrics {

    private static final Logger LOG = Logger.getLogger(HubMetrics.class.getName());

    private PrometheusMeterRegistry registry;
    private HubCounters counters;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    @PostConstruct
    public void start() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        counters = new HubCounters(registry);
        bind(new ClassLoaderMetrics());
        bind(new JvmMemoryMetrics());
        bind(new JvmGcMetrics());
        bind(new JvmThreadMetrics());
        bind(new ProcessorMetrics());
        bind(new UptimeMetrics());
        bind(new FileDescriptorMetrics());
        ContainerMetrics.binder().ifPresent(this::bind);
    }

    @PreDestroy
    public void stop() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Could not close a metrics binder", e);
            }
        }
        registry.close();
    }

    private void bind(MeterBinder binder) {
        binder.bindTo(registry);
        if (binder instanceof AutoCloseable closeable) {
            closeables.add(closeable);
        }
    }

    /** The counters themselves (not a proxy): keep the instance, count on it directly. */
    public HubCounters counters() {
        return counters;
    }

    PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Everything in Prometheus text format 0.0.4. */
    String scrape() {
        return registry.scrape();
    }
}
