package org.ssehub.it.container;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Puts {@link LookupRetryingTomEeContainer} in the place of TomEE's remote adapter, only where that
 * adapter is on the class path (the Tomcat and Payara executions leave it out). Arquillian vetoes the
 * overridden class, so the order in which the two extensions load does not matter.
 */
public class LookupRetryingTomEeExtension implements LoadableExtension {

    private static final String ADAPTER = "org.apache.tomee.arquillian.remote.RemoteTomEEContainer";

    @Override
    public void register(ExtensionBuilder builder) {
        if (LoopbackTomcatExtension.isPresent(ADAPTER)) {
            builder.override(DeployableContainer.class, org.apache.tomee.arquillian.remote.RemoteTomEEContainer.class,
                    LookupRetryingTomEeContainer.class);
        }
    }
}
