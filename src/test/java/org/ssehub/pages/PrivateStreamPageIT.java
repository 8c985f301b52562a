package org.ssehub.pages;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.ssehub.it.support.HubArchive;
import org.ssehub.it.support.TestTokens;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A private stream in the browser: the inspector subscribes and publishes with the token typed into
 * it, and a page's own {@code EventSource} is let in by the token cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivateStreamPageIT extends PageTest {

    private static final String SECRET = "private-stream-page-it-secret-0123456789";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return HubArchive.create("pages-private", Map.of(
                "sse.hub.demo.generators", "false",
                "sse.hub.jwt.secret", SECRET,
                "sse.hub.private-streams", "user.*"));
    }

    @ArquillianResource
    URL base;

    @Override
    URL base() {
        return base;
    }

    private static String user42() {
        return TestTokens.hs256(SECRET, TestTokens.rights(List.of("user.42"), List.of("user.42"), Duration.ofMinutes(10)));
    }

    @Test
    void theInspectorSubscribesAndPublishesWithItsToken() {
        browser.open(page("inspector.html"));
        browser.script("localStorage.clear()");
        subscribe("user.42");
        browser.await("the refusal shows", () -> browser.findAll("#frames tr.kind-control").stream()
                .anyMatch(row -> row.getText().contains("HTTP 401")));

        WebElement token = browser.find("#token");
        token.clear();
        token.sendKeys(user42(), Keys.TAB); // the change event stores it
        subscribe("user.42");
        browser.await("badge says open", () -> "open".equals(browser.find("#badge").getAttribute("data-status")));
        browser.find("#publish-data").clear();
        browser.find("#publish-data").sendKeys("only for 42");
        browser.find("#publish").click();
        browser.await("the published frame shows", () -> browser.findAll("#frames tr.kind-event").stream()
                .anyMatch(row -> row.getText().contains("only for 42")));
        assertTrue(browser.text("#publish-result").startsWith("published message to user.42"), browser.text("#publish-result"));
        browser.script("localStorage.clear()");
        assertEquals(List.of(), browser.consoleErrors().stream().filter(e -> !e.contains("status of 401")).toList(),
                "the only console errors are the refused subscription's");
        browser.clearConsole();
    }

    @Test
    void anEventSourceIsLetInByTheTokenCookie() {
        browser.clearConsole();
        browser.open(page("basics.html"));
        browser.script("document.cookie = 'sse-hub-token=' + arguments[0] + '; path=/; SameSite=Strict';"
                + "window.received = [];"
                + "const source = new EventSource('api/events?stream=user.42');"
                + "source.onmessage = (e) => window.received.push(e.data);"
                + "source.onopen = () => { window.opened = true; };", user42());
        browser.await("the EventSource opened", () -> Boolean.TRUE.equals(browser.script("return window.opened === true;")));
        String id = hub().post("api/publish?stream=user.42", "text/plain", "by cookie".getBytes(StandardCharsets.UTF_8),
                Map.of("Authorization", "Bearer " + user42())).headers().firstValue("Event-Id").orElse("");
        assertTrue(id.matches("\\d+"), "published: " + id);
        browser.await("the event arrived", () -> String.valueOf(browser.script("return window.received.join('|');")).contains("by cookie"));
        browser.script("document.cookie = 'sse-hub-token=; path=/; max-age=0';");
        assertNoConsoleErrors("basics.html with the token cookie");
    }

    private void subscribe(String streams) {
        browser.find("#streams").clear();
        browser.find("#streams").sendKeys(streams);
        browser.find("#connect").click();
    }
}
