package org.ssehub.broadcast;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.publish.EventBus;
import org.ssehub.publish.PublishedEvent;
import org.ssehub.stream.StreamNames;
import org.ssehub.subscribe.Subscribers;
import org.ssehub.web.Json;
import org.ssehub.web.TooLargeException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out the JAX-RS {@link jakarta.ws.rs.sse.SseBroadcaster} of each hub stream, for your own
 * resources: {@code @Inject HubBroadcasters broadcasters; broadcasters.forStream("news", sse)}. One
 * broadcaster per stream, made on first use; one that was closed is replaced by a new one on the next
 * call. All of them close when the application stops.
 */
@ApplicationScoped
public class HubBroadcasters {

    private final ConcurrentHashMap<String, HubBroadcaster> broadcasters = new ConcurrentHashMap<>();
    private Subscribers subscribers;
    private EventBus bus;
    private Json json;
    private HubConfig config;
    private int maxDataBytes;

    protected HubBroadcasters() {
        // for CDI proxies
    }

    @Inject
    public HubBroadcasters(Subscribers subscribers, EventBus bus, Json json, HubConfig config) {
        this.subscribers = subscribers;
        this.bus = bus;
        this.json = json;
        this.config = config;
    }

    @PostConstruct
    void start() {
        maxDataBytes = config.integer(Setting.MAX_BODY_BYTES);
    }

    /**
     * The broadcaster of a stream. {@code sse} (the resource's {@code @Context Sse}) builds the events its
     * sinks are sent; the first caller's is kept.
     *
     * @throws IllegalArgumentException for a bad stream name (a 400)
     */
    public HubBroadcaster forStream(String stream, Sse sse) {
        String name = StreamNames.require(stream);
        return broadcasters.computeIfAbsent(name, n -> new HubBroadcaster(n, sse, this));
    }

    @PreDestroy
    void stop() {
        List.copyOf(broadcasters.values()).forEach(HubBroadcaster::close);
    }

    Subscribers subscribers() {
        return subscribers;
    }

    /** A broadcast: the rules of {@code /api/publish}, the data's size limit included. */
    PublishedEvent publish(String stream, OutboundSseEvent event) {
        String data = EventData.of(event, json);
        if (data.getBytes(StandardCharsets.UTF_8).length > maxDataBytes) {
            throw new TooLargeException("data too large (at most " + maxDataBytes + " bytes)");
        }
        return bus.publish(stream, event.getName(), data);
    }

    void forget(HubBroadcaster closed) {
        broadcasters.remove(closed.stream(), closed);
    }
}
