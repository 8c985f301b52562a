package org.ssehub.pages;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.ssehub.it.support.HubArchive;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** inspector.html: raw frames of a fresh stream, publishing, pause/clear, and resuming from an id. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InspectorPageIT extends PageTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("pages-inspector", Map.of());
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    void showsFramesPublishedToAFreshStream() {
        String stream = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        browser.clearConsole();
        browser.open(page("inspector.html"));
        subscribe(stream, "", "");

        // From the page's own form (its stream field follows the subscription).
        assertEquals(stream, browser.find("#publish-stream").getAttribute("value"));
        setValue("#publish-type", "greeting");
        setValue("#publish-data", "hello " + stream);
        browser.find("#publish").click();
        browser.await("the published frame shows", () -> !eventRows().isEmpty());
        String result = browser.text("#publish-result");
        assertTrue(result.matches("published greeting to " + stream + " as id \\d+"), result);
        List<String> first = cells(eventRows().get(0));
        assertEquals(List.of(result.substring(result.lastIndexOf(' ') + 1), "greeting", "hello " + stream), first.subList(1, 4));
        assertTrue(first.get(0).matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}"), "arrival time: " + first.get(0));

        // From outside, with two lines of data.
        String secondId = hub().publish(stream, "message", "line one\nline two");
        browser.await("a frame published by another client shows", () -> eventRows().size() == 2);
        assertEquals(List.of(secondId, "message", "line one\nline two"), cells(eventRows().get(0)).subList(1, 4));

        // Paused frames wait; resuming shows them; clear empties the table.
        browser.find("#pause").click();
        String thirdId = hub().publish(stream, "message", "while paused");
        browser.await("the count says one frame waits", () -> browser.text("#count").contains("paused, 1 waiting"));
        assertEquals(2, eventRows().size(), "nothing added while paused");
        browser.find("#pause").click();
        browser.await("the waiting frame shows after resuming", () -> eventRows().size() == 3);
        assertEquals(thirdId, cells(eventRows().get(0)).get(1));
        browser.find("#clear").click();
        assertEquals(0, eventRows().size(), "cleared");

        // Resume after the second id: only the third comes back (clicking an id fills the field).
        browser.find("#streams").clear();
        browser.find("#streams").sendKeys(stream);
        setValue("#last-id", secondId);
        browser.find("#connect").click();
        browser.await("resuming after the second id replays the third", () -> eventRows().size() == 1
                && cells(eventRows().get(0)).get(1).equals(thirdId));
        browser.find("#frames tr.kind-event td.id button").click();
        assertEquals(thirdId, browser.find("#last-id").getAttribute("value"));
        assertTrue(browser.text("#subscribe-url").contains("Last-Event-ID: " + secondId), browser.text("#subscribe-url"));

        assertNoConsoleErrors("inspector.html");
    }

    @Test
    void showsEveryTypeOfSeveralStreamsWithCursorIds() {
        String stream = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        browser.open(page("inspector.html"));
        subscribe(stream + " events", "", "10");
        browser.await("the events stream's recent frames are replayed", () -> eventRows().size() >= 5);
        hub().publish(stream, "custom-type", "{\"any\":\"type shows\"}");
        browser.await("a custom type from the other stream shows", () -> eventRows().stream()
                .anyMatch(row -> cells(row).get(2).equals("custom-type")));
        WebElement row = eventRows().stream().filter(r -> cells(r).get(2).equals("custom-type")).findFirst().orElseThrow();
        assertTrue(cells(row).get(1).contains(stream + ":"), "a multi-stream id is the connection's cursor: " + cells(row).get(1));
        browser.await("retry frame shown", () -> !browser.findAll("#frames tr.kind-retry").isEmpty());
        screenshots("inspector");
    }

    private void subscribe(String streams, String lastId, String replay) {
        browser.find("#streams").clear();
        browser.find("#streams").sendKeys(streams);
        setValue("#last-id", lastId);
        new Select(browser.find("#replay")).selectByValue(replay);
        browser.find("#clear").click();
        browser.find("#connect").click();
        browser.await("badge says open", () -> "open".equals(browser.find("#badge").getAttribute("data-status")));
    }

    private void setValue(String css, String value) {
        WebElement field = browser.find(css);
        field.clear();
        if (!value.isEmpty()) {
            field.sendKeys(value);
        }
    }

    private List<WebElement> eventRows() {
        return browser.findAll("#frames tr.kind-event");
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }
}
