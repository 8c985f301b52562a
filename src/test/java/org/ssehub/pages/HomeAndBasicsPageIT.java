package org.ssehub.pages;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** index.html (links, live stream list, curl lines) and basics.html (ping, clock, count side by side). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeAndBasicsPageIT extends PageTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        // A 1 s heartbeat, so the hub notices a subscriber that left quickly (a failed write is the only sign).
        return HubArchive.create("pages-home", Map.of("sse.hub.heartbeat-seconds", "1"));
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    void homeListsThePagesTheLiveStreamsAndCurlLines() {
        browser.clearConsole();
        browser.open(page(""));
        List<String> links = browser.findAll(".page-list a").stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(List.of(page("news.html"), page("dashboard.html"), page("inspector.html"), page("basics.html"),
                page("status.html")), links);

        browser.await("the demo streams are listed", () -> rowFor("events") != null && rowFor("news") != null);
        String stream = "watched-" + UUID.randomUUID().toString().substring(0, 8);
        try (SseConnection subscriber = hub().subscribe("stream=" + stream)) {
            subscriber.next(Browser.WAIT); // retry: the subscription is registered
            browser.await("a new stream shows with its subscriber", () -> "1".equals(subscribers(stream)));
        }
        // The hub forgets a stream with no subscriber and no event: its row shows 0 or goes.
        browser.await("the subscriber count goes back to 0", () -> {
            String count = subscribers(stream);
            return count == null || count.equals("0");
        });

        String commands = browser.text("#commands");
        assertTrue(commands.contains("curl -N '" + page("api/events?stream=events") + "'"), commands);
        assertTrue(commands.contains("'" + page("api/publish?stream=events&type=message") + "'"), commands);
        assertNoConsoleErrors("index.html");
        screenshots("index");
    }

    @Test
    void basicsShowsPingClockAndCountSideBySide() {
        browser.clearConsole();
        browser.open(page("basics.html"));
        Duration within = Duration.ofSeconds(15);
        browser.await("ping shows data-<unix time>", within, () -> value("ping").matches("data-\\d{10,}"));
        browser.await("clock shows a time", within, () -> value("clock").matches("\\d{2}:\\d{2}:\\d{2}"));
        assertTrue(browser.text("[data-demo='clock'] .log li").matches("\\d{2}:\\d{2}:\\d{2} ?(\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2}"),
                "clock frame: " + browser.text("[data-demo='clock'] .log li"));
        browser.await("count shows a number", within, () -> value("count").matches("[0-4]"));
        assertTrue(browser.text("[data-demo='ping'] .log li").matches("\\d{2}:\\d{2}:\\d{2} ?id \\d+ · data-\\d+"),
                "ping shows its id: " + browser.text("[data-demo='ping'] .log li"));
        browser.await("count ends at 4", () -> "ended".equals(status("count")) && value("count").equals("4"));
        assertEquals(5, browser.findAll("[data-demo='count'] .log li").size(), "count: 0 to 4, not restarted");
        browser.await("clock ends after ten", () -> "ended".equals(status("clock")));
        assertEquals(10, browser.findAll("[data-demo='clock'] .log li").size(), "clock: ten frames");
        assertEquals("open", status("ping"), "ping goes on");
        assertNoConsoleErrors("basics.html");
        screenshots("basics");
    }

    private String value(String demo) {
        return browser.text("[data-demo='" + demo + "'] [data-role='value']");
    }

    private String status(String demo) {
        return browser.find("[data-demo='" + demo + "'] .badge").getAttribute("data-status");
    }

    private WebElement rowFor(String stream) {
        return browser.findAll("#streams tr[data-stream='" + stream + "']").stream().findFirst().orElse(null);
    }

    private String subscribers(String stream) {
        WebElement row = rowFor(stream);
        return row == null ? null : row.findElement(org.openqa.selenium.By.cssSelector("[data-role='subscribers']")).getText();
    }
}
