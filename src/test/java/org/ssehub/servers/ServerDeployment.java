package org.ssehub.servers;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive under test is the one a user deploys on that server, as built by {@code mvn package}:
 * {@code sse-hub.war} (Jersey, Weld and Yasson inside) on Tomcat, the thin {@code sse-hub-ee.war} on
 * TomEE and Payara. The failsafe execution of each server names it in {@code sse.test.war}.
 */
public final class ServerDeployment {

    private ServerDeployment() {
    }

    /** tomcat, tomee or payara: the failsafe execution running now. */
    public static String server() {
        return System.getProperty("sse.test.server", "tomcat");
    }

    public static WebArchive hubWar() {
        String path = System.getProperty("sse.test.war", "target/sse-hub.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException(path + " not found: run the tests with mvn verify (after package)");
        }
        // Same archive name everywhere, so every server gives it the same context root.
        return ShrinkWrap.create(ZipImporter.class, "sse-hub.war").importFrom(war).as(WebArchive.class);
    }
}
