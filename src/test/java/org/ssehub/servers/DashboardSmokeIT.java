package org.ssehub.servers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ssehub.it.support.HubArchive;

/**
 * A person's view on each server: {@code dashboard.html} in headless Chromium connects to the hub,
 * and an event published over HTTP shows up on the page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardSmokeIT {

    @Deployment(testable = false)
    static WebArchive hub() {
        return HubArchive.create("dashboard", Map.of());
    }

    @ArquillianResource
    URL base;

    @Test
    void dashboardShowsAPublishedEvent() throws Exception {
        Assumptions.assumeTrue(HeadlessChromium.installed() || System.getenv("CI") != null,
                "needs Debian's chromium and chromium-driver (CI installs them)");
        URI root = base.toURI();
        String token = "smoke-" + server() + "-" + UUID.randomUUID();

        try (HeadlessChromium browser = HeadlessChromium.start()) {
            browser.open(root.resolve("dashboard.html").toString());
            assertTrue(browser.waitFor("return document.readyState === 'complete'", Duration.ofSeconds(20)),
                    "dashboard.html did not load");

            HttpResponse<String> published = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(HttpRequest.newBuilder(root.resolve("api/publish?stream=events&type=message"))
                                    .header("Content-Type", "text/plain; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(token)).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(204, published.statusCode(), "publish: " + published.body());

            assertTrue(browser.waitFor("return document.body.innerText.includes(" + HeadlessChromium.quote(token) + ")",
                            Duration.ofSeconds(30)),
                    "the published message never appeared on dashboard.html on " + server());
        }
    }

    /** tomcat, tomee or payara: the failsafe execution running now. */
    private static String server() {
        return System.getProperty("hub.server", "tomcat");
    }
}
