package org.ssehub.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real SSE client: one HTTP/1.1 request with the JDK client, a reader thread that parses the
 * stream line by line per the SSE rules, and a queue of frames for the test to wait on.
 */
public final class SseConnection implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Frame END = new Frame(null, null, null, null, "<end of stream>");

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile boolean ended;

    private SseConnection(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "test-sse-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    public static SseConnection open(URI uri) {
        return open(uri, Map.of());
    }

    public static SseConnection open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").GET();
        headers.forEach(request::header);
        try {
            return new SseConnection(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("could not open " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public HttpHeaders headers() {
        return response.headers();
    }

    /** The next frame of any kind, or fails after the timeout. */
    public Frame next(Duration timeout) {
        try {
            Frame frame = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) {
                throw new AssertionError("no frame within " + timeout);
            }
            if (frame == END) {
                frames.add(END);
                throw new AssertionError("stream ended");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next event (skipping retry and comment frames). */
    public Frame nextEvent(Duration timeout) {
        return next(timeout, Frame::isEvent);
    }

    public Frame next(Duration timeout, Predicate<Frame> wanted) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching frame within " + timeout);
            }
            Frame frame = next(Duration.ofNanos(left));
            if (wanted.test(frame)) {
                return frame;
            }
        }
    }

    public List<Frame> events(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Frame> events = new ArrayList<>();
        while (events.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("got " + events.size() + " of " + count + " events within " + timeout + ": " + events);
            }
            events.add(nextEvent(Duration.ofNanos(left)));
        }
        return events;
    }

    /** Asserts that no event arrives within the window (used after a burst, to prove no duplicates). */
    public void expectNoEvent(Duration window) {
        long deadline = System.nanoTime() + window.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                Frame frame = frames.poll(left, TimeUnit.NANOSECONDS);
                if (frame != null && frame.isEvent()) {
                    throw new AssertionError("unexpected event " + frame);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits for the server to end the stream. */
    public void awaitEnd(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ended) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("stream did not end within " + timeout);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing is best effort; the reader ends either way
        }
        reader.interrupt();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            String retry = null;
            String comment = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data != null || retry != null || comment != null || id != null || event != null) {
                        frames.add(new Frame(id, event, data == null ? null : data.toString(), retry, comment));
                    }
                    id = null;
                    event = null;
                    data = null;
                    retry = null;
                    comment = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    comment = line.substring(1).trim();
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> event = value;
                    case "retry" -> retry = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> { }
                }
            }
        } catch (IOException e) {
            // connection closed by either side
        } finally {
            ended = true;
            frames.add(END);
        }
    }
}
