package org.ssehub.pages;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.ssehub.it.support.Frame;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** dashboard.html: every generator's panel, the publish form, and reconnecting without losing an event. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardPageIT extends PageTest {

    private static final Duration PANELS_WITHIN = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The demo generators on (each fires once at start-up); a short retry so reconnects are quick.
        return HubArchive.create("pages-dashboard", Map.of("sse.hub.retry-millis", "1000"));
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    void everyGeneratorPanelShowsAValueWithinFifteenSeconds() {
        browser.clearConsole();
        browser.open(page("dashboard.html"));
        Map<String, String> shapes = Map.of(
                "tick", "\\d{2}:\\d{2}:\\d{2}",
                "stock", "\\d+\\.\\d{2}",
                "score", "level|home leads|away leads|new game|(home|away|home and away) scored",
                "location", "-?\\d+\\.\\d+, -?\\d+\\.\\d+",
                "progress", "\\d{1,3}%");
        for (Map.Entry<String, String> panel : shapes.entrySet()) {
            String css = "[data-panel='" + panel.getKey() + "'] [data-role='value']";
            browser.await(panel.getKey() + " panel shows a value like " + panel.getValue() + " (it shows '"
                    + browser.text(css) + "')", PANELS_WITHIN, () -> browser.text(css).matches(panel.getValue()));
        }
        browser.await("system log has a line", PANELS_WITHIN,
                () -> browser.text("[data-panel='system'] .log li").endsWith("ok"));
        assertTrue(browser.text("[data-panel='score'] [data-role='home']").matches("\\d+"), "home score");
        assertTrue(browser.text("[data-panel='score'] [data-role='away']").matches("\\d+"), "away score");
        assertTrue(browser.findAll("[data-panel='stock'] svg polyline.series").size() == 1, "stock chart drawn");
        assertTrue(browser.findAll("[data-panel='location'] svg circle.here").size() == 1, "location plotted");
        browser.await("badge says open", () -> "open".equals(badge()));
        assertTrue(browser.text("#badge").contains("last id 1"), "badge shows the last id: " + browser.text("#badge"));
        assertNoConsoleErrors("dashboard.html");
        screenshots("dashboard");
    }

    @Test
    void publishFromTheFormAppearsInTheFeed() {
        browser.open(page("dashboard.html"));
        browser.await("badge says open", () -> "open".equals(badge()));

        String text = "from the form " + UUID.randomUUID();
        new Select(browser.find("#publish-type")).selectByVisibleText("message");
        WebElement data = browser.find("#publish-data");
        data.clear();
        data.sendKeys(text);
        browser.find("#publish-button").click();
        browser.await("message feed shows the published text",
                () -> feedContains(text));
        String result = browser.text("#publish-result");
        assertTrue(result.matches("published message as id \\d+"), result);
        String id = result.substring(result.lastIndexOf(' ') + 1);
        assertEquals(id, browser.find("[data-panel='message'] .feed li").getAttribute("data-id"), "newest message first, with its id");

        new Select(browser.find("#publish-type")).selectByVisibleText("userupdate");
        data.clear();
        data.sendKeys("{\"username\":\"ada\",\"status\":\"away\"}");
        browser.find("#publish-button").click();
        browser.await("user list shows ada away", () -> browser.text("[data-panel='userupdate'] .users").contains("ada\naway"));
        assertNoConsoleErrors("dashboard.html after publishing");
    }

    @Test
    void networkCutTurnsTheBadgeToReconnectingAndBackWithNoEventLost() throws Exception {
        reconnectWithoutLoss(TcpProxy.Cut.DROP, "dashboard-reconnected");
    }

    @Test
    void hubUnavailableMakesThePageResumeByIdByItself() throws Exception {
        // A 503 (as while the hub is redeployed) makes the browser give up: the page must reconnect itself.
        reconnectWithoutLoss(TcpProxy.Cut.UNAVAILABLE, "dashboard-resumed");
    }

    private void reconnectWithoutLoss(TcpProxy.Cut mode, String screenshot) throws Exception {
        try (TcpProxy proxy = new TcpProxy(base.getHost(), base.getPort())) {
            browser.open("http://127.0.0.1:" + proxy.port() + base.getPath() + "dashboard.html");
            browser.await("badge says open", () -> "open".equals(badge()));
            String before = "before the cut " + UUID.randomUUID();
            hub().publish("events", "message", before);
            browser.await("page got the message published before the cut", () -> feedContains(before));

            proxy.cut(mode);
            browser.await("badge says reconnecting after the cut", () -> "reconnecting".equals(badge()));
            List<String> missed = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String text = "while cut " + i + " " + UUID.randomUUID();
                hub().publish("events", "message", text); // straight to the hub, not through the proxy
                missed.add(text);
            }
            assertTrue("reconnecting".equals(badge()), "still reconnecting while cut, badge: " + badge());

            proxy.restore();
            browser.await("badge back to open", () -> "open".equals(badge()));
            for (String text : missed) {
                browser.await("page got '" + text + "' published while it was cut off", () -> feedContains(text));
            }
            String after = "after the cut " + UUID.randomUUID();
            String afterId = hub().publish("events", "message", after);
            browser.await("page got the message published after the cut", () -> feedContains(after));
            browser.await("badge shows the last id", () -> browser.text("#badge").contains("last id "));

            assertSameIdsAsTheHub(pageIds(), afterId);
            screenshots(screenshot);
        }
    }

    /** The ids the page saw must be exactly the hub's ids over the same range: none missing, none twice. */
    private void assertSameIdsAsTheHub(List<String> seen, String mustInclude) {
        assertTrue(seen.contains(mustInclude), "page saw " + mustInclude);
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(Long.parseLong(seen.get(i)) > Long.parseLong(seen.get(i - 1)),
                    "ids strictly increase at " + i + ": " + seen.get(i - 1) + " then " + seen.get(i));
        }
        String first = seen.get(0);
        String last = seen.get(seen.size() - 1);
        List<String> published = new ArrayList<>(List.of(first));
        try (SseConnection sse = hub().subscribe("stream=events", Map.of("Last-Event-ID", first))) {
            while (!published.get(published.size() - 1).equals(last)) {
                Frame frame = sse.nextEvent(Browser.WAIT);
                assertNotNull(frame.id(), "the hub still retains what the page saw: " + frame);
                if (Long.parseLong(frame.id()) > Long.parseLong(last)) {
                    fail("hub never published the page's last id " + last + " (now at " + frame.id() + ")");
                }
                published.add(frame.id());
            }
        }
        assertEquals(published, seen, "the page saw every event the hub published in that range, in order, once");
    }
}
