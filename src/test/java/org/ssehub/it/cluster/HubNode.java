package org.ssehub.it.cluster;

import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * One hub node: an embedded Tomcat 10.1 of its own on a free loopback port, serving the WAR under test
 * with the given settings. {@link #close()} stops it as a node that goes away would (its connections end).
 */
final class HubNode implements AutoCloseable {

    private final Tomcat tomcat;
    private final Path baseDir;
    private final AtomicBoolean closed = new AtomicBoolean();
    final HubHttp http;

    private HubNode(Tomcat tomcat, Path baseDir, URI root) {
        this.tomcat = tomcat;
        this.baseDir = baseDir;
        this.http = new HubHttp(root);
    }

    static HubNode start(String name, Map<String, String> settings, Class<?>... extraClasses) {
        try {
            Path base = Files.createTempDirectory("sse-hub-node");
            Files.createDirectories(base.resolve("webapps"));
            File war = base.resolve(name + ".war").toFile();
            HubArchive.create(name, settings, extraClasses).as(ZipExporter.class).exportTo(war, true);
            Tomcat tomcat = new Tomcat();
            tomcat.setBaseDir(base.toString());
            tomcat.getEngine().setName(name); // its own JMX domain, next to the suite's Tomcat in this JVM
            Connector connector = new Connector("HTTP/1.1");
            connector.setPort(0);
            connector.setProperty("address", "127.0.0.1");
            tomcat.setConnector(connector);
            tomcat.getHost().setAutoDeploy(false);
            tomcat.start();
            Context context = tomcat.addWebapp("/" + name, war.getAbsolutePath());
            if (!context.getState().isAvailable()) {
                tomcat.stop();
                tomcat.destroy();
                throw new IllegalStateException("node " + name + " did not start: " + context.getState());
            }
            return new HubNode(tomcat, base, URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/" + name + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LifecycleException e) {
            throw new IllegalStateException("could not start a node", e);
        }
    }

    /** Stops every node given that was started (null: never started). */
    static void closeAll(HubNode... nodes) {
        for (HubNode node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }

    /** Stops the node (once). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException("could not stop a node", e);
        } finally {
            try (Stream<Path> files = Files.walk(baseDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temp directory left behind is harmless
            }
        }
    }
}
