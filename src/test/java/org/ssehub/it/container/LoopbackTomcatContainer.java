package org.ssehub.it.container;

import org.apache.catalina.Context;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.container.LifecycleException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Tomcat 10.1 in the test JVM (so a test can inspect the server's threads), one connector on the
 * configured loopback address. Each archive is exported as a WAR and added as a web application at
 * {@code /<archive name>}, with Tomcat's default servlet for static files.
 */
public class LoopbackTomcatContainer implements DeployableContainer<LoopbackTomcatConfiguration> {

    private LoopbackTomcatConfiguration configuration;
    private Tomcat tomcat;
    private Path baseDir;

    @Override
    public Class<LoopbackTomcatConfiguration> getConfigurationClass() {
        return LoopbackTomcatConfiguration.class;
    }

    @Override
    public void setup(LoopbackTomcatConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public void start() throws LifecycleException {
        try {
            baseDir = Files.createTempDirectory("sse-hub-tomcat");
            Files.createDirectories(baseDir.resolve("webapps"));
            tomcat = new Tomcat();
            tomcat.setBaseDir(baseDir.toString());
            Connector connector = new Connector("HTTP/1.1");
            connector.setPort(configuration.getBindHttpPort());
            connector.setProperty("address", configuration.getBindAddress());
            // Tomcat's shipped server.xml (and the TomEE one in src/main/tomee) say 20 s; the embedded default is 60.
            // It is also the write timeout that closes a connection the hub cut off while its client took nothing.
            connector.setProperty("connectionTimeout", "20000");
            tomcat.setConnector(connector);
            tomcat.getHost().setAutoDeploy(false);
            tomcat.start();
        } catch (IOException | org.apache.catalina.LifecycleException e) {
            throw new LifecycleException("could not start Tomcat", e);
        }
    }

    @Override
    public void stop() throws LifecycleException {
        try {
            tomcat.stop();
            tomcat.destroy();
            deleteQuietly(baseDir);
        } catch (org.apache.catalina.LifecycleException e) {
            throw new LifecycleException("could not stop Tomcat", e);
        }
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        String path = contextPath(archive);
        File war = baseDir.resolve("webapps").resolve(archive.getName()).toFile();
        archive.as(ZipExporter.class).exportTo(war, true);
        try {
            Context context = tomcat.addWebapp(path, war.getAbsolutePath());
            if (!context.getState().isAvailable()) {
                throw new DeploymentException("web application " + path + " did not start: " + context.getState());
            }
        } catch (RuntimeException e) {
            throw new DeploymentException("could not deploy " + archive.getName(), e);
        }
        HTTPContext http = new HTTPContext(configuration.getBindAddress(), connectorPort());
        http.add(new Servlet("default", path));
        return new ProtocolMetaData().addContext(http);
    }

    @Override
    public void undeploy(Archive<?> archive) throws DeploymentException {
        Host host = tomcat.getHost();
        Context context = (Context) host.findChild(contextPath(archive));
        if (context == null) {
            throw new DeploymentException("nothing deployed at " + contextPath(archive));
        }
        host.removeChild(context);
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("descriptors are not deployed");
    }

    private int connectorPort() {
        int local = tomcat.getConnector().getLocalPort();
        return local > 0 ? local : configuration.getBindHttpPort();
    }

    private static String contextPath(Archive<?> archive) {
        String name = archive.getName();
        return "/" + (name.endsWith(".war") ? name.substring(0, name.length() - 4) : name);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }
}
