package org.ssehub.it.container;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Registers {@link LoopbackTomcatContainer}, but only when Tomcat is on the class path: the test
 * runs against TomEE and Payara leave Tomcat out and bring their own container adapter.
 */
public class LoopbackTomcatExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (isPresent("org.apache.catalina.startup.Tomcat")) {
            builder.service(DeployableContainer.class, LoopbackTomcatContainer.class);
        }
    }

    /** Whether a class is on the test's class path, without loading it. */
    static boolean isPresent(String className) {
        try {
            Class.forName(className, false, LoopbackTomcatExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
