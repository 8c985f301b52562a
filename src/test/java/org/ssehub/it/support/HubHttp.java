package org.ssehub.it.support;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP calls against one deployed hub, with the JDK client. */
public final class HubHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    /** Where {@link #subscribe} subscribes: {@code api/events}, or {@code api/rs/events} (the JAX-RS path). */
    private final String eventsPath;

    public HubHttp(URL base) {
        this(base, "api/events");
    }

    public HubHttp(URL base, String eventsPath) {
        this(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), eventsPath);
    }

    public HubHttp(URI base) {
        this(base, "api/events");
    }

    public HubHttp(URI base, String eventsPath) {
        this.base = base;
        this.eventsPath = eventsPath;
    }

    public String eventsPath() {
        return eventsPath;
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public HttpResponse<String> get(String path) {
        return get(path, Map.of());
    }

    /** {@code GET /api/metrics}, which must answer 200 in Prometheus text, parsed. */
    public PrometheusText metrics() {
        HttpResponse<String> answer = get("api/metrics");
        if (answer.statusCode() != 200) {
            throw new AssertionError("metrics answered " + answer.statusCode() + ": " + answer.body());
        }
        if (!answer.headers().firstValue("Content-Type").orElse("").startsWith("text/plain")) {
            throw new AssertionError("metrics are not text/plain: " + answer.headers().firstValue("Content-Type"));
        }
        return PrometheusText.parse(answer.body());
    }

    public HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A DELETE, answered as text. */
    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    /** POSTs text to a stream and returns the assigned id; fails unless the hub answers 204. */
    public String publish(String stream, String type, String data) {
        HttpResponse<String> response = post("api/publish?stream=" + q(stream) + "&type=" + q(type),
                "text/plain; charset=UTF-8", data.getBytes(StandardCharsets.UTF_8), Map.of());
        if (response.statusCode() != 204) {
            throw new AssertionError("publish answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("Event-Id").orElseThrow(() -> new AssertionError("no Event-Id header"));
    }

    /** Subscribers on this node for a stream, from {@code /api/streams/NAME} (0 if unknown). */
    public int subscribers(String stream) {
        HttpResponse<String> response = get("api/streams/" + stream);
        if (response.statusCode() == 404) {
            return 0;
        }
        Matcher m = Pattern.compile("\"subscribers\"\\s*:\\s*(\\d+)").matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no subscriber count in " + response.body());
        }
        return Integer.parseInt(m.group(1));
    }

    /** Connections the hub has admitted and not yet ended, as its readiness check reports them. */
    public int openConnections() {
        HttpResponse<String> response = get("api/health/ready");
        Matcher m = Pattern.compile("\"open\"\\s*:\\s*(\\d+)").matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no open connection count in " + response.statusCode() + " " + response.body());
        }
        return Integer.parseInt(m.group(1));
    }

    public SseConnection subscribe(String query) {
        return SseConnection.open(uri(eventsPath + "?" + query));
    }

    public SseConnection subscribe(String query, Map<String, String> headers) {
        return SseConnection.open(uri(eventsPath + "?" + query), headers);
    }

    /** Polls until the condition holds; fails with the message after the timeout. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
