package org.ssehub.it;

import org.apache.catalina.loader.WebappClassLoaderBase;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.HubHttp;
import org.ssehub.it.support.SseConnection;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Undeploy leaves no thread behind: every executor the hub started (dispatcher, timer, demo, the sends
 * of JAX-RS sinks) and anything else started with the webapp's class loader is gone. Needs the server in the test JVM,
 * so it runs against the embedded Tomcat only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UndeployIT {

    private static final String NAME = "undeploy";

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return HubArchive.create(NAME, Map.of("sse.hub.heartbeat-seconds", "1"));
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void undeployStopsEveryThreadTheHubStarted() throws InterruptedException {
        deployer.deploy(NAME);
        HubHttp hub = new HubHttp(HubArchive.rootUri(NAME));
        SseConnection events = hub.subscribe("stream=events&replay=all");
        SseConnection ping = SseConnection.open(hub.uri("api/demo/ping"));
        SseConnection sink = SseConnection.open(hub.uri("api/rs/events?stream=events&replay=all"));
        try {
            events.nextEvent(Duration.ofSeconds(15));
            ping.nextEvent(Duration.ofSeconds(15));
            sink.nextEvent(Duration.ofSeconds(15));
            hub.publish("events", "message", "before undeploy");
            assertTrue(!hubThreads().isEmpty(), "the hub runs threads while deployed");
        } finally {
            deployer.undeploy(NAME);
        }
        events.awaitEnd(Duration.ofSeconds(15));
        sink.awaitEnd(Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!hubThreads().isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), hubThreads(), "threads the hub (any deployment) or this webapp left running");
        events.close();
        ping.close();
        sink.close();
    }

    private static List<String> hubThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> t.getName().startsWith("sse-hub-") || belongsToTheWebapp(t))
                .map(Thread::getName)
                .toList();
    }

    private static boolean belongsToTheWebapp(Thread thread) {
        return thread.getContextClassLoader() instanceof WebappClassLoaderBase loader
                && ("/" + NAME).equals(loader.getContextName());
    }
}
