package org.ssehub.it.container;

import org.apache.openejb.assembler.Deployer;
import org.apache.tomee.arquillian.remote.RemoteTomEEContainer;

import javax.naming.NamingException;
import java.util.logging.Logger;

/**
 * TomEE's remote adapter, but a failed lookup of TomEE's deployer is tried again. The adapter deploys
 * and undeploys through one JNDI lookup over HTTP ({@code /tomee/ejb}) and retries it only on a
 * {@code RuntimeException}; a lookup whose reply was cut off ends in a {@code NamingException} ("Cannot
 * lookup '/openejb/DeployerBusinessRemote' ... EOFException") and failed the whole class, twice in CI,
 * right after a class that had many clients leave at once. A lookup changes nothing on the server, so
 * trying it again is safe; every retry is logged, so it stays visible.
 */
public class LookupRetryingTomEeContainer extends RemoteTomEEContainer {

    private static final Logger LOG = Logger.getLogger(LookupRetryingTomEeContainer.class.getName());
    private static final int ATTEMPTS = 4;
    private static final long PAUSE_MILLIS = 1000;

    @Override
    protected Deployer deployer() throws NamingException {
        for (int attempt = 1; ; attempt++) {
            try {
                return super.deployer();
            } catch (NamingException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                LOG.warning("Looking up TomEE's deployer failed (attempt " + attempt + " of " + ATTEMPTS + "), trying again: " + e);
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
