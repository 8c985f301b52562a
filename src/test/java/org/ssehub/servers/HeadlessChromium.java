package org.ssehub.servers;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of the W3C WebDriver protocol to drive Debian's headless Chromium through its
 * chromedriver (packages {@code chromium} and {@code chromium-driver}): open a page and evaluate
 * scripts in it. No Selenium, so no driver download at test time; everything listens on 127.0.0.1.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private static final Pattern SESSION_ID = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");

    private final Process driver;
    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String session;

    private HeadlessChromium(Process driver, URI endpoint) throws IOException, InterruptedException {
        this.driver = driver;
        this.endpoint = endpoint;
        this.session = startSession();
    }

    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    static HeadlessChromium start() throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        URI endpoint = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient probe = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                HttpResponse<String> status = probe.send(HttpRequest.newBuilder(endpoint.resolve("status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (status.statusCode() == 200 && status.body().contains("\"ready\":true")) {
                    break;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            if (System.nanoTime() > deadline || !driver.isAlive()) {
                driver.destroyForcibly();
                throw new IOException("chromedriver did not start on " + endpoint);
            }
            Thread.sleep(100);
        }
        try {
            return new HeadlessChromium(driver, endpoint);
        } catch (IOException | RuntimeException e) {
            driver.destroyForcibly();
            throw e;
        }
    }

    private String startSession() throws IOException, InterruptedException {
        String capabilities = "{\"capabilities\":{\"alwaysMatch\":{\"browserName\":\"chrome\",\"goog:chromeOptions\":{"
                + "\"binary\":" + quote(CHROMIUM.toString()) + ","
                + "\"args\":[\"--headless=new\",\"--no-sandbox\",\"--disable-gpu\",\"--disable-dev-shm-usage\","
                + "\"--no-first-run\",\"--window-size=1280,900\"]}}}}";
        String body = call("POST", "session", capabilities);
        Matcher m = SESSION_ID.matcher(body);
        if (!m.find()) {
            throw new IOException("chromedriver refused a session: " + body);
        }
        return m.group(1);
    }

    void open(String url) throws IOException, InterruptedException {
        call("POST", "session/" + session + "/url", "{\"url\":" + quote(url) + "}");
    }

    /** Runs a script in the page; returns the raw JSON of its result ({@code true}, {@code "text"}, ...). */
    String eval(String script) throws IOException, InterruptedException {
        String body = call("POST", "session/" + session + "/execute/sync",
                "{\"script\":" + quote(script) + ",\"args\":[]}");
        int start = body.indexOf("\"value\":");
        int end = body.lastIndexOf('}');
        return start < 0 || end < start ? body : body.substring(start + 8, end).trim();
    }

    /** Polls a boolean script until it returns true; returns false at the deadline. */
    boolean waitFor(String booleanScript, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if ("true".equals(eval(booleanScript))) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private String call(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path)).timeout(Duration.ofSeconds(60));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() {
        try {
            call("DELETE", "session/" + session, null);
        } catch (IOException ignored) {
            // the driver goes down next anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            driver.destroy();
            try {
                if (!driver.waitFor(10, TimeUnit.SECONDS)) {
                    driver.destroyForcibly();
                }
            } catch (InterruptedException e) {
                driver.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
