package org.ssehub.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.ssehub.it.support.HubHttp;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every page test shares: one browser per class, the hub's URL, console and screenshot checks.
 * The concrete {@code *PageIT} classes carry the Arquillian deployment.
 */
abstract class PageTest {

    static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @BeforeEach
    void needsBrowser() {
        Assumptions.assumeTrue(browser != null, Browser::missing); // each test shows as skipped
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The deployment's root URL (the concrete class injects it with {@code @ArquillianResource}). */
    abstract URL base();

    HubHttp hub() {
        return new HubHttp(base());
    }

    /** The URL of a page of the deployment, e.g. {@code page("news.html")}. */
    String page(String name) {
        String root = base().toString();
        return (root.endsWith("/") ? root : root + "/") + name;
    }

    void assertNoConsoleErrors(String what) {
        List<String> errors = browser.consoleErrors();
        assertEquals(List.of(), errors, "console errors on " + what);
    }

    /** Saves the page as it is at desktop width and at a phone's width (390 px). */
    void screenshots(String name) {
        browser.screenshot(name);
        browser.resize(390, 844);
        try {
            browser.screenshot(name + "-phone");
        } finally {
            browser.resize(1280, 1000);
        }
    }

    /** dashboard.html: the ids of every event the page's EventSource received, in order. */
    @SuppressWarnings("unchecked")
    static List<String> pageIds() {
        return (List<String>) browser.script("return window.hubSource.received.map(e => e.id)");
    }

    /** dashboard.html: whether the message feed has an entry ending with {@code text}. */
    static boolean feedContains(String text) {
        return browser.findAll("[data-panel='message'] .feed li").stream().anyMatch(li -> li.getText().endsWith(text));
    }

    /** dashboard.html: the connection badge's state ({@code connecting}, {@code open}, {@code reconnecting}). */
    static String badge() {
        return browser.find("#badge").getAttribute("data-status");
    }
}
