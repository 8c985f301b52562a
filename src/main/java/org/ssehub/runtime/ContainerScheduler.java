package org.ssehub.runtime;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Finds the server's managed scheduled executor in JNDI (Jakarta Concurrency's
 * {@code ManagedScheduledExecutorService}, which is a {@link ScheduledExecutorService}, so the hub
 * needs no Concurrency API to use it). Payara binds its default one at the standard
 * {@code java:comp/DefaultManagedScheduledExecutorService}; TomEE 9 binds that name only for
 * components that declare a reference, but always has it at
 * {@code openejb:Resource/Default Scheduled Executor Service} (sized in tomee.xml). A servlet
 * container such as Tomcat binds none, and the hub then runs its own timer thread.
 */
final class ContainerScheduler {

    private static final Logger LOG = Logger.getLogger(ContainerScheduler.class.getName());

    private ContainerScheduler() {
    }

    /** Tries each comma-separated JNDI name in turn; empty when none names a scheduled executor. */
    static Optional<ScheduledExecutorService> lookup(String jndiNames) {
        if (jndiNames == null || jndiNames.isBlank()) {
            return Optional.empty();
        }
        for (String name : jndiNames.split(",")) {
            Optional<ScheduledExecutorService> found = lookupOne(name.trim());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<ScheduledExecutorService> lookupOne(String jndiName) {
        if (jndiName.isEmpty()) {
            return Optional.empty();
        }
        InitialContext context = null;
        try {
            context = new InitialContext();
            Object found = context.lookup(jndiName);
            if (found instanceof ScheduledExecutorService scheduler) {
                LOG.log(Level.INFO, "Hub timer: the server''s managed scheduler at {0}", jndiName);
                return Optional.of(scheduler);
            }
            LOG.log(Level.WARNING, "{0} is a {1}, not a scheduled executor",
                    new Object[] {jndiName, found == null ? "null" : found.getClass().getName()});
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINE, "No managed scheduler at " + jndiName, e);
        } finally {
            if (context != null) {
                try {
                    context.close();
                } catch (NamingException ignored) {
                    // nothing held
                }
            }
        }
        return Optional.empty();
    }
}
