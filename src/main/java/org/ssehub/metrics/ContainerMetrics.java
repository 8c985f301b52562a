package org.ssehub.metrics;

import io.micrometer.core.instrument.binder.MeterBinder;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Micrometer's binder for the container the hub runs in, where it has one: Tomcat's (Tomcat and
 * TomEE; it reads the connector's thread pool, sessions and request figures from JMX). Payara has
 * none. Made by reflection, since its constructor names a Tomcat class the WAR does not compile against.
 */
final class ContainerMetrics {

    private static final Logger LOG = Logger.getLogger(ContainerMetrics.class.getName());

    private ContainerMetrics() {
    }

    static Optional<MeterBinder> binder() {
        ClassLoader loader = ContainerMetrics.class.getClassLoader();
        try {
            Class<?> manager = Class.forName("org.apache.catalina.Manager", false, loader);
            Class<?> binder = Class.forName("io.micrometer.core.instrument.binder.tomcat.TomcatMetrics", true, loader);
            return Optional.of((MeterBinder) binder.getConstructor(manager, Iterable.class).newInstance(null, List.of()));
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.FINE, "No container metrics: not a Tomcat-based container", e);
            return Optional.empty();
        }
    }
}
