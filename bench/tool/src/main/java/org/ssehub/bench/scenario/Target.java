package org.ssehub.bench.scenario;

import java.net.InetSocketAddress;

/** A server under test: where it listens and its pid (for /proc). Paths follow the hub's contract. */
public record Target(String name, InetSocketAddress address, long pid) {

    public String eventsPath(String stream) {
        return "/api/events?stream=" + stream;
    }

    public String publishPath(String stream) {
        return "/api/publish?stream=" + stream + "&type=bench";
    }
}
