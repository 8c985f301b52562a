package org.ssehub.bench.scenario;

import java.net.InetSocketAddress;

/**
 * A server under test: where it listens, its pid (for /proc), and the path clients subscribe at. Paths
 * follow the hub's contract; {@code hub-rs} is the hub's WAR subscribed through its JAX-RS
 * {@code SseBroadcaster} ({@code /api/rs/events}) instead of the servlet ({@code /api/events}).
 */
public record Target(String name, InetSocketAddress address, long pid, String eventsResource) {

    public static final String SERVLET_EVENTS = "/api/events";
    public static final String JAXRS_EVENTS = "/api/rs/events";

    /** A target subscribed at the path its name stands for: {@link #JAXRS_EVENTS} for {@code hub-rs}. */
    public Target(String name, InetSocketAddress address, long pid) {
        this(name, address, pid, "hub-rs".equals(name) ? JAXRS_EVENTS : SERVLET_EVENTS);
    }

    public String eventsPath(String stream) {
        return eventsResource + "?stream=" + stream;
    }

    public String publishPath(String stream) {
        return "/api/publish?stream=" + stream + "&type=bench";
    }
}
