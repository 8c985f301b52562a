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
import org.ssehub.it.support.RawClients;
import org.ssehub.it.support.SseConnection;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Undeploy leaves no thread behind: every executor the hub started (dispatcher, timer, demo, drain) and
 * anything else started with the webapp's class loader is gone. And it drains: 500 open connections
 * are closed spread over {@code sse.hub.drain-seconds}, and after a redeploy every client that resumes
 * from its last id is told with {@code hub-reset} that the in-memory history went with the old deployment. Needs the server in the test JVM,
 * so it runs against the embedded Tomcat only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UndeployIT {

    private static final String NAME = "undeploy";
    private static final String DRAINED = "undeploy-drain";
    private static final int CLIENTS = 500;
    private static final long WINDOW_MILLIS = 3_000;

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return HubArchive.create(NAME, Map.of("sse.hub.heartbeat-seconds", "1"));
    }

    @Deployment(name = DRAINED, managed = false, testable = false)
    static WebArchive drained() {
        return HubArchive.create(DRAINED, Map.of("sse.hub.demo.generators", "false",
                "sse.hub.drain-seconds", Long.toString(WINDOW_MILLIS / 1000)));
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void undeployDrainsSpreadOutAndAResumeAfterRedeployIsToldWhatWasLost() throws Exception {
        deployer.deploy(DRAINED);
        URI root = HubArchive.rootUri(DRAINED);
        HubHttp hub = new HubHttp(root);
        List<String> lastIds = new ArrayList<>();
        try (RawClients clients = new RawClients()) {
            clients.open(root, CLIENTS, i -> "u-" + (i % 5), i -> null);
            assertTrue(clients.readUntil(30_000, c -> !c.retries.isEmpty()), "every client got its stream");
            HubHttp.await(Duration.ofSeconds(20), "all subscribed", () -> java.util.stream.IntStream.range(0, 5)
                    .map(s -> hub.subscribers("u-" + s)).sum() == CLIENTS);
            Map<String, String> newest = new HashMap<>();
            for (int s = 0; s < 5; s++) {
                newest.put("u-" + s, hub.publish("u-" + s, "message", "before undeploy"));
            }
            assertTrue(clients.readUntil(30_000, c -> newest.get(c.stream).equals(c.lastId)), "every client got the event");

            long started = System.nanoTime();
            boolean[] allClosed = new boolean[1];
            Thread reader = new Thread(() -> {
                try {
                    allClosed[0] = clients.readUntil(WINDOW_MILLIS + 20_000, c -> c.closedAtNanos != 0);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            reader.start();
            deployer.undeploy(DRAINED);
            reader.join();
            assertTrue(allClosed[0], "every connection closed on undeploy");
            long[] closes = clients.clients().stream().mapToLong(c -> (c.closedAtNanos - started) / 1_000_000).sorted().toArray();
            int[] perSecond = new int[(int) (closes[closes.length - 1] / 1000) + 1];
            Arrays.stream(closes).forEach(at -> perSecond[(int) (at / 1000)]++);
            System.out.printf("undeploy drain of %d connections: closes from %d to %d ms, per second %s%n", CLIENTS,
                    closes[0], closes[closes.length - 1], Arrays.toString(perSecond));
            assertTrue(closes[closes.length - 1] - closes[0] >= WINDOW_MILLIS * 7 / 10,
                    "closes spread over the window: " + closes[0] + ".." + closes[closes.length - 1] + " ms");
            assertTrue(Arrays.stream(perSecond).max().orElseThrow() <= CLIENTS / 2, "not most in one second: " + Arrays.toString(perSecond));
            for (RawClients.Client client : clients.clients()) {
                assertEquals(2, client.retries.size(), "the opening retry and the drain's jittered one: " + client.retries);
                lastIds.add(client.lastId);
            }
        }

        deployer.deploy(DRAINED);
        try (RawClients resumed = new RawClients()) {
            resumed.open(root, CLIENTS, i -> "u-" + (i % 5), lastIds::get);
            assertTrue(resumed.readUntil(30_000, c -> c.reset), "every resume after the redeploy is told: hub-reset");
            for (RawClients.Client client : resumed.clients()) {
                assertFalse(client.ids.contains(lastIds.get(client.index)), "no id reused");
            }
        } finally {
            deployer.undeploy(DRAINED);
        }
    }

    @Test
    void undeployStopsEveryThreadTheHubStarted() {
        deployer.deploy(NAME);
        HubHttp hub = new HubHttp(HubArchive.rootUri(NAME));
        SseConnection events = hub.subscribe("stream=events&replay=all");
        SseConnection ping = SseConnection.open(hub.uri("api/demo/ping"));
        try {
            events.nextEvent(Duration.ofSeconds(15));
            ping.nextEvent(Duration.ofSeconds(15));
            hub.publish("events", "message", "before undeploy");
            assertTrue(!hubThreads().isEmpty(), "the hub runs threads while deployed");
        } finally {
            deployer.undeploy(NAME);
        }
        events.awaitEnd(Duration.ofSeconds(15));
        HubHttp.await(Duration.ofSeconds(15), "the hub's threads to end", () -> hubThreads().isEmpty());
        assertEquals(List.of(), hubThreads());
        events.close();
        ping.close();
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
