package org.ssehub.publish;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import org.ssehub.metrics.HubCounters;
import org.ssehub.metrics.HubMetrics;
import org.ssehub.stream.Event;
import org.ssehub.stream.Hub;

/**
 * The one way into the hub for every publish, from HTTP or from other beans in the WAR: inject it
 * and call {@link #publish}, or fire a {@link Publication}. Validates, then routes to the stream,
 * which orders it; returns once the event is retained and queued for every subscriber.
 */
@ApplicationScoped
public class EventBus {

    private Hub hub;
    private HubCounters counters;

    protected EventBus() {
        // for CDI proxies
    }

    @Inject
    public EventBus(Hub hub, HubMetrics metrics) {
        this.hub = hub;
        this.counters = metrics.counters();
    }

    /**
     * @param stream null or empty for {@code events}
     * @param type   null or empty for {@code message}
     * @throws IllegalArgumentException if a field breaks the rules (see {@link EventFields})
     */
    public PublishedEvent publish(String stream, String type, String data) {
        long started = System.nanoTime();
        String name = EventFields.stream(stream);
        String eventType = EventFields.type(type);
        Event event = hub.publish(name, eventType, EventFields.data(data));
        counters.published(System.nanoTime() - started);
        return new PublishedEvent(name, Long.toString(event.id()), eventType);
    }

    void onPublication(@Observes Publication publication) {
        publish(publication.stream(), publication.type(), publication.data());
    }

    void onAsyncPublication(@ObservesAsync Publication publication) {
        publish(publication.stream(), publication.type(), publication.data());
    }
}
