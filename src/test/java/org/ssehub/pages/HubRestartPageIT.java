package org.ssehub.pages;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.SseConnection;

import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dashboard.html across a real restart of the hub (undeployed, then deployed again): the browser's
 * EventSource gives up on the 404s in between, and the page reconnects by itself, resuming by id.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HubRestartPageIT extends PageTest {

    private static final String NAME = "pages-restart";
    private static final Duration RESTART = Duration.ofSeconds(90);

    @Deployment(name = NAME, managed = false, testable = false)
    static WebArchive deployment() {
        return HubArchive.create(NAME, Map.of("sse.hub.retry-millis", "1000"));
    }

    @ArquillianResource
    Deployer deployer;
    private boolean deployed;

    @Override
    URL base() {
        try {
            return HubArchive.rootUri(NAME).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void undeploy() {
        if (deployed) {
            deployer.undeploy(NAME);
        }
    }

    @Test
    void pageReconnectsByItselfAfterTheHubRestarts() {
        deployer.deploy(NAME);
        deployed = true;
        browser.open(page("dashboard.html"));
        browser.await("badge says open", () -> "open".equals(badge()));
        String before = "before the restart " + UUID.randomUUID();
        String beforeId = hub().publish("events", "message", before);
        browser.await("page got the message published before the restart", () -> feedContains(before));

        deployer.undeploy(NAME);
        deployed = false;
        browser.await("badge says reconnecting while the hub is gone", RESTART, () -> "reconnecting".equals(badge()));
        List<String> beforeRestart = pageIds();
        String lastBefore = beforeRestart.get(beforeRestart.size() - 1);
        assertTrue(beforeRestart.contains(beforeId), "page saw " + beforeId);
        deployer.deploy(NAME);
        deployed = true;
        browser.await("badge back to open after the restart", RESTART, () -> "open".equals(badge()));

        String after = "after the restart " + UUID.randomUUID();
        String afterId = hub().publish("events", "message", after);
        browser.await("page got the message published after the restart", () -> feedContains(after));
        browser.await("the system log notes the hub's reset",
                () -> browser.text("[data-panel='system'] .log").contains("hub-reset (expired)"));

        // The new hub has none of the old history: it sends hub-reset, then all it retains, then live.
        // After the restart the page must have seen exactly the new hub's events, from its first one.
        List<String> seen = pageIds().stream().filter(id -> Long.parseLong(id) > Long.parseLong(lastBefore)).toList();
        assertTrue(seen.contains(afterId), "page saw " + afterId + " in " + seen);
        List<String> published = new ArrayList<>();
        try (SseConnection sse = hub().subscribe("stream=events&replay=all")) {
            while (published.isEmpty() || !published.get(published.size() - 1).equals(afterId)) {
                Frame frame = sse.nextEvent(Browser.WAIT);
                assertNotNull(frame.id(), "an event: " + frame);
                published.add(frame.id());
            }
        }
        assertFalse(published.isEmpty());
        assertEquals(published, seen.subList(0, seen.indexOf(afterId) + 1),
                "after the restart the page saw every event of the new hub, in order, once");
        screenshots("dashboard-after-restart");
    }
}
