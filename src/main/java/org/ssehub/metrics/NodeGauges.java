package org.ssehub.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.stream.Hub;
import org.ssehub.subscribe.Figures;
import org.ssehub.subscribe.Subscribers;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

/**
 * Gauges of the node's state, each a function read at scrape time (nothing is kept up to date on
 * the hot path): connections, subscriptions, streams, the largest client backlog, the dispatcher's
 * queue, retained history, draining; on Redis, the backplane's ({@link BackplaneGauges}); and, for the
 * streams named in {@code sse.hub.metrics.streams} only, series per stream (a label per stream by default
 * would give a Prometheus thousands of series).
 */
@ApplicationScoped
public class NodeGauges {

    private HubMetrics metrics;
    private Subscribers subscribers;
    private Hub hub;
    private HubConfig config;

    protected NodeGauges() {
        // for CDI proxies
    }

    @Inject
    public NodeGauges(HubMetrics metrics, Subscribers subscribers, Hub hub, HubConfig config) {
        this.metrics = metrics;
        this.subscribers = subscribers;
        this.hub = hub;
        this.config = config;
    }

    @PostConstruct
    void bind() {
        MeterRegistry registry = metrics.registry();
        figure(registry, "sse.hub.connections.open", "Open SSE connections", Figures::connections);
        figure(registry, "sse.hub.connections.limit", "Connections this node admits (sse.hub.max-subscribers)", Figures::limit);
        figure(registry, "sse.hub.subscriptions.open", "Streams subscribed over all open connections", Figures::subscriptions);
        Gauge.builder("sse.hub.client.backlog.largest", subscribers, s -> s.figures().largestBacklog())
                .description("Bytes of live events queued for the client furthest behind").baseUnit("bytes").register(registry);
        figure(registry, "sse.hub.dispatch.queue.depth", "Hand-overs and writes waiting for a dispatcher lane", Figures::dispatchQueueDepth);
        figure(registry, "sse.hub.draining", "1 while the node drains, else 0", f -> f.draining() ? 1 : 0);
        Gauge.builder("sse.hub.streams.held", hub, Hub::streamCount).description("Streams this node holds").register(registry);
        Gauge.builder("sse.hub.history.retained", hub, Hub::retainedBytes)
                .description("Bytes the histories of all streams retain").baseUnit("bytes").register(registry);
        hub.backplane().ifPresent(backplane -> BackplaneGauges.bind(registry, backplane));
        Arrays.stream(config.string(Setting.METRICS_STREAMS).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .distinct().forEach(stream -> perStream(registry, stream));
    }

    /** Created at start-up, so the gauges exist before the first scrape. */
    void startUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // the container ran bind() to deliver this
    }

    private void figure(MeterRegistry registry, String name, String description, ToDoubleFunction<Figures> read) {
        Gauge.builder(name, subscribers, s -> read.applyAsDouble(s.figures())).description(description).register(registry);
    }

    private void perStream(MeterRegistry registry, String stream) {
        Gauge.builder("sse.hub.stream.subscribers", hub, h -> h.stream(stream).map(info -> info.subscribers).orElse(0))
                .description("Subscribers of an allow-listed stream").tag("stream", stream).register(registry);
        Gauge.builder("sse.hub.stream.retained.events", hub, h -> h.stream(stream).map(info -> info.retained).orElse(0))
                .description("Events an allow-listed stream retains").tag("stream", stream).register(registry);
        Gauge.builder("sse.hub.stream.retained", hub, h -> h.stream(stream).map(info -> info.retainedBytes).orElse(0L))
                .description("Bytes an allow-listed stream's history retains").baseUnit("bytes").tag("stream", stream)
                .register(registry);
    }
}
