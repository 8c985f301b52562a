package org.ssehub.subscribe;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.metrics.HubCounters;
import org.ssehub.metrics.HubMetrics;
import org.ssehub.runtime.HubThreads;
import org.ssehub.stream.Hub;
import org.ssehub.stream.HubFullException;
import org.ssehub.web.PlainErrors;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Where the node's SSE connections come in, from a servlet request ({@link #open}) or a JAX-RS sink
 * ({@link #openSink}): each is let in by the {@link Admission}, made by the {@link ConnectionFactory}
 * (a lane of the {@link Dispatcher}, one thread each, {@code sse.hub.dispatch-threads}) and kept in
 * the {@link OpenConnections}, where the {@link Liveness} timer watches it. When the application stops
 * they are drained ({@link Drain}: spread over {@code sse.hub.drain-seconds}, new subscriptions
 * refused meanwhile) before the lanes end.
 */
@ApplicationScoped
public class Subscribers {

    private static final Logger LOG = Logger.getLogger(Subscribers.class.getName());

    private Hub hub;
    private HubThreads threads;
    private HubConfig config;
    private HubCounters counters;
    private Admission admission;
    private Dispatcher dispatcher;
    private ConnectionFactory connections;
    private SinkSends sinkSends;
    private Liveness liveness;
    private OpenConnections live;
    private Drain drain;
    private int maxStreamsPerConnection;
    private long retryMillis;

    protected Subscribers() {
        // for CDI proxies
    }

    @Inject
    public Subscribers(Hub hub, HubThreads threads, HubConfig config, HubMetrics metrics) {
        this.hub = hub;
        this.threads = threads;
        this.config = config;
        this.counters = metrics.counters();
    }

    @PostConstruct
    void start() {
        int laneCount = config.integer(Setting.DISPATCH_THREADS);
        if (laneCount <= 0) {
            laneCount = Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        admission = new Admission(config.integer(Setting.MAX_SUBSCRIBERS));
        maxStreamsPerConnection = config.integer(Setting.MAX_STREAMS_PER_CONNECTION);
        retryMillis = config.number(Setting.RETRY_MILLIS);
        dispatcher = new Dispatcher(laneCount, threads.factory("dispatch"));
        connections = ConnectionFactory.configured(config, dispatcher, counters);
        sinkSends = new SinkSends(Math.max(64, 32 * laneCount), threads.factory("sink-send"));
        liveness = new Liveness(threads, TimeUnit.SECONDS.toMillis(Math.max(1, config.number(Setting.HEARTBEAT_SECONDS))));
        live = new OpenConnections(hub, admission, new TokenExpiries(threads.timer()), liveness, counters);
        liveness.start(live);
        drain = new Drain(threads.factory("drain"), TimeUnit.SECONDS.toMillis(Math.max(0, config.number(Setting.DRAIN_SECONDS))), retryMillis);
    }

    @PreDestroy
    void stop() {
        drain();
        try {
            drain.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        liveness.stop();
        for (Connection connection : live) {
            connection.end("hub stopping");
        }
        try {
            dispatcher.stop(TimeUnit.SECONDS.toMillis(5));
            sinkSends.stop(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            LOG.warning("Interrupted while stopping the dispatcher lanes");
            Thread.currentThread().interrupt();
        }
    }

    int maxStreamsPerConnection() {
        return maxStreamsPerConnection;
    }

    /**
     * Starts the stream on this request; answers 503 itself when the node is full or draining. A
     * connection allowed by an expiring token is ended at {@code closeAt}; the client reconnects with a fresh one.
     */
    void open(HttpServletRequest request, HttpServletResponse response, SubscribeRequest wanted,
              Optional<Instant> closeAt) throws IOException {
        Optional<Admission.Refusal> refusal = admission.admit();
        if (refusal.isPresent()) {
            refusal.get().answer(response, retryMillis);
            return;
        }
        ServletTransport transport;
        try {
            transport = ServletTransport.begin(request, response, counters, liveness.lateCompletions());
        } catch (IOException | RuntimeException e) {
            admission.release(); // admitted, but never a connection
            throw e;
        }
        try {
            live.subscribe(connections.create(wanted.streams(), transport, live::ended), wanted::startFor, closeAt);
        } catch (RuntimeException e) { // the node's stream limit (503), or a surprise (500)
            PlainErrors.send(response, e);
            transport.complete();
        }
    }

    /**
     * Opens a JAX-RS sink on one stream as a connection of this node ({@link SinkTransport}), under the
     * same limit, drain, lanes, backlog bounds, slow-client policy, heartbeats and counters as {@code /api/events}.
     *
     * @param onEnded hears once why the connection ended
     * @return what ends the connection, with a reason
     * @throws HubFullException when the node drains or holds its maximum of connections, or of streams
     */
    public Consumer<String> openSink(SseEventSink sink, Sse sse, SinkRequest wanted, Consumer<String> onEnded) {
        Optional<Admission.Refusal> refusal = admission.admit();
        if (refusal.isPresent()) {
            throw new HubFullException(refusal.get().message);
        }
        Connection connection = connections.create(List.of(wanted.stream()),
                new SinkTransport(sink, SinkFrames.forRuntime(sse), sinkSends, counters), (self, reason) -> {
                    live.ended(self, reason);
                    onEnded.accept(reason);
                });
        live.subscribe(connection, stream -> wanted.start(), wanted.closeAt());
        return connection::end;
    }

    /**
     * Readiness goes down and new subscriptions are refused (503, Retry-After) from now on; open
     * connections are closed spread over {@code sse.hub.drain-seconds} ({@link Drain}). Returns at once.
     */
    public void drain() {
        admission.draining(true);
        drain.start(this::openNow);
    }

    /** Stops a drain under way and takes subscriptions again (the connections it closed stay closed). */
    public void resume() throws InterruptedException {
        drain.cancel();
        admission.draining(false);
    }

    private List<Connection> openNow() {
        List<Connection> now = new ArrayList<>();
        live.forEach(now::add);
        return now;
    }

    /** The node's figures now, counted when asked (a scrape, a probe). */
    public Figures figures() {
        return Figures.count(live, admission.admitted(), admission.limit(), dispatcher.waiting(), admission.draining());
    }
}
