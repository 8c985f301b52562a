package org.ssehub.it;

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

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The drain on undeploy, the way a redeploy meets it: 500 open connections; events published right
 * before the undeploy (not yet seen by the clients) are still delivered; every connection is sent a
 * jittered {@code retry:} and closed, the closes spread over {@code sse.hub.drain-seconds} (measured
 * on the client side). After the redeploy, the in-memory history went with the old deployment: every
 * client that resumes from its last id is told so with {@code hub-reset}, and no id is given twice.
 * The deployment is undeployed whatever happens, so no other test meets its threads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UndeployDrainIT {

    private static final String NAME = "undeploy-drain";
    private static final int CLIENTS = DrainIT.CLIENTS;
    private static final int STREAMS = DrainIT.STREAMS;
    private static final long WINDOW_MILLIS = DrainIT.WINDOW_MILLIS;
    private static final long RETRY_MILLIS = DrainIT.RETRY_MILLIS;
    private static final Duration SETTLE = DrainIT.SETTLE;

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return HubArchive.create(NAME, DrainIT.SETTINGS);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void undeployClosesSpreadOutAndAResumeAfterRedeployIsToldWhatWasLost() throws Exception {
        URI root = HubArchive.rootUri(NAME);
        HubHttp hub = new HubHttp(root);
        List<String> lastIds = new ArrayList<>();
        Map<String, String> newest = new HashMap<>();
        deployer.deploy(NAME);
        boolean deployed = true;
        try {
            try (RawClients clients = new RawClients()) {
                clients.open(root, CLIENTS, i -> "u-" + (i % STREAMS), i -> null);
                // the hub's own count of admitted connections, while the clients read what they get
                clients.readWhile(SETTLE, () -> hub.openConnections() < CLIENTS,
                        () -> "connections the hub counts: " + hub.openConnections() + " of " + CLIENTS + "; " + clients.summary());
                assertTrue(clients.readUntil(SETTLE.toMillis(), c -> !c.retries.isEmpty()), "every client got its stream: " + clients.summary());
                for (int s = 0; s < STREAMS; s++) { // accepted right before the undeploy, not yet read by anyone
                    newest.put("u-" + s, hub.publish("u-" + s, "message", "before undeploy"));
                }
                CompletableFuture<Boolean> allClosed = CompletableFuture.supplyAsync(() -> clients.readQuietly(
                        WINDOW_MILLIS + SETTLE.toMillis(), c -> c.closedAtNanos != 0));
                long started = System.nanoTime();
                deployer.undeploy(NAME);
                deployed = false;
                assertTrue(allClosed.get(WINDOW_MILLIS + SETTLE.toMillis() + 5_000, TimeUnit.MILLISECONDS),
                        "every connection closed on undeploy: " + clients.summary());
                long[] closes = clients.clients().stream().mapToLong(c -> (c.closedAtNanos - started) / 1_000_000).sorted().toArray();
                int[] perSecond = new int[(int) (Math.max(0, closes[closes.length - 1]) / 1000) + 1];
                Arrays.stream(closes).forEach(at -> perSecond[(int) (Math.max(0, at) / 1000)]++);
                System.out.printf("undeploy drain of %d connections: closes from %d to %d ms after the undeploy began, per second %s%n",
                        CLIENTS, closes[0], closes[closes.length - 1], Arrays.toString(perSecond));
                assertTrue(closes[closes.length - 1] - closes[0] >= WINDOW_MILLIS * 7 / 10,
                        "closes spread over the window: " + closes[0] + ".." + closes[closes.length - 1] + " ms");
                assertTrue(Arrays.stream(perSecond).max().orElseThrow() <= CLIENTS * 4 / 10, "not most in one second: " + Arrays.toString(perSecond));
                for (RawClients.Client client : clients.clients()) {
                    assertEquals(newest.get(client.stream), client.lastId, "the event published before the undeploy was delivered");
                    assertEquals(2, client.retries.size(), "the opening retry and the drain's: " + client.retries);
                    long jittered = client.retries.get(1);
                    assertTrue(jittered >= RETRY_MILLIS / 2 && jittered <= RETRY_MILLIS * 3 / 2, "retry with jitter: " + jittered);
                    lastIds.add(client.lastId);
                }
                assertTrue(clients.clients().stream().map(c -> c.retries.get(1)).distinct().count() > 1, "the retries differ");
            }

            deployer.deploy(NAME);
            deployed = true;
            try (RawClients resumed = new RawClients()) {
                resumed.open(root, CLIENTS, i -> "u-" + (i % STREAMS), lastIds::get);
                assertTrue(resumed.readUntil(SETTLE.toMillis(), c -> c.reset), "every resume after the redeploy is told: hub-reset. "
                        + resumed.summary());
                for (int s = 0; s < STREAMS; s++) {
                    String after = hub.publish("u-" + s, "message", "after redeploy");
                    assertTrue(Long.parseLong(after) > Long.parseLong(newest.get("u-" + s)), "ids keep increasing across a redeploy");
                }
                for (RawClients.Client client : resumed.clients()) {
                    assertFalse(client.ids.contains(lastIds.get(client.index)), "no id given again");
                }
            }
        } finally {
            if (deployed) {
                deployer.undeploy(NAME);
            }
        }
    }
}
