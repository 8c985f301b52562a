package org.ssehub.pages;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.SseConnection;

import java.net.URL;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * status.html: the node's figures from its own endpoints, moving as the hub works: connections,
 * events per second in and out on a chart, the busiest streams, and the health badge.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatusPageIT extends PageTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("pages-status", Map.of("sse.hub.demo.generators", "false"));
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    void showsLiveFiguresFedByTheHubsEndpoints() {
        browser.clearConsole();
        browser.open(page("status.html"));
        browser.await("the health badge says ready", () -> "ready".equals(browser.text("#health .badge-state")));
        browser.await("connections shown", () -> browser.text("#connections").matches("\\d+"));
        try (SseConnection a = hub().subscribe("stream=busy"); SseConnection b = hub().subscribe("stream=busy");
             SseConnection c = hub().subscribe("stream=quiet")) {
            a.next(Browser.WAIT);
            b.next(Browser.WAIT);
            c.next(Browser.WAIT);
            browser.await("three connections shown", () -> browser.text("#connections").equals("3"));
            browser.await("the busiest stream on top",
                    () -> "busy".equals(browser.find("#busiest tr").getAttribute("data-stream")));
            for (int i = 0; i < 40; i++) {
                hub().publish("busy", "message", "event " + i);
            }
            browser.await("the totals count the publishes and both deliveries",
                    () -> browser.text("#totals").startsWith("40 published · 80 delivered"));
            browser.await("the chart's scale shows the burst (over 1 event/s)", () ->
                    Double.parseDouble(browser.find("#rate-chart text").getText().replace("/s", "")) > 1.0);
            String line = browser.find("#rate-chart polyline[data-series='in']").getAttribute("points");
            assertTrue(line.split(" ").length >= 2, "the chart has points: " + line);
            assertTrue(browser.find("#status-error").getAttribute("hidden") != null, "no error shown");
            assertNoConsoleErrors("status.html");
            screenshots("status");
        }
        browser.await("the busy stream still listed with its retained events", () ->
                "40".equals(browser.find("#busiest tr[data-stream='busy'] td:nth-child(3)").getText()));
        assertEquals("ready", browser.text("#health .badge-state"));
    }
}
