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
import org.ssehub.it.support.HubArchive;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** news.html: the retained headlines on load (replay), newest first, then new ones live, and its form. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsPageIT extends PageTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("pages-news", Map.of()); // with the headline generator, as shipped
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    @Test
    void showsRetainedHeadlinesOnLoadThenNewOnesLive() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "Retained one " + tag;
        String second = "Retained two " + tag;
        hub().publish("news", "message", "{\"title\":\"" + first + "\"}");
        String secondId = hub().publish("news", "message", "{\"title\":\"" + second + "\"}");

        browser.clearConsole();
        browser.open(page("news.html"));
        browser.await("the retained headlines are replayed on load", () -> titles().containsAll(List.of(first, second)));
        assertTrue(titles().indexOf(second) < titles().indexOf(first), "newest first: " + titles());
        WebElement replayed = headline(second);
        assertEquals(secondId, replayed.getAttribute("data-id"));
        assertEquals("retained", replayed.findElement(By.cssSelector(".tag")).getAttribute("textContent"));
        assertTrue(replayed.findElement(By.cssSelector("time")).getText().matches("\\d{2}:\\d{2}:\\d{2}"), "time shown");
        browser.await("badge says open", () -> "open".equals(browser.find("#badge").getAttribute("data-status")));

        String live = "Live from the hub " + tag;
        hub().publish("news", "message", "{\"title\":\"" + live + "\"}");
        browser.await("a new headline arrives live, on top", () -> !titles().isEmpty() && titles().get(0).equals(live));
        assertEquals("live", headline(live).findElement(By.cssSelector(".tag")).getAttribute("textContent"));

        String typed = "Typed in the form " + tag;
        browser.find("#headline-title").sendKeys(typed);
        browser.find("#publish-form button[type='submit']").click();
        browser.await("the headline published from the form arrives", () -> titles().contains(typed));
        assertTrue(browser.text("#publish-result").matches("published as id \\d+"), browser.text("#publish-result"));
        assertEquals("", browser.find("#headline-title").getAttribute("value"), "form cleared");

        assertNoConsoleErrors("news.html");
        screenshots("news");
    }

    @Test
    void headlineMarkupIsShownAsText() {
        String title = "<img src=x onerror=alert(1)> & <b>not bold</b> " + UUID.randomUUID();
        hub().publish("news", "message", "{\"title\":\"" + title.replace("\"", "\\\"") + "\"}");
        browser.open(page("news.html"));
        browser.await("the headline shows its markup as text", () -> titles().contains(title));
        assertTrue(browser.findAll("#headlines img, #headlines b").isEmpty(), "event data never becomes elements");
    }

    private List<String> titles() {
        return browser.findAll("#headlines .headline h2").stream().map(WebElement::getText).toList();
    }

    private WebElement headline(String title) {
        return browser.findAll("#headlines .headline").stream()
                .filter(h -> h.findElement(By.cssSelector("h2")).getText().equals(title)).findFirst().orElseThrow();
    }
}
