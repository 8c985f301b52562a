package org.ssehub.subscribe;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
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
import org.ssehub.stream.StartPoint;
import org.ssehub.web.PlainErrors;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every open SSE connection on this node: admits them (exactly up to {@code sse.hub.max-subscribers}),
 * spreads them over the dispatcher lanes (one thread each, {@code sse.hub.dispatch-threads}), runs
 * the {@link Heartbeats} on them, and, when the application stops, drains them ({@link Drain}: spread
 * over {@code sse.hub.drain-seconds}, new subscriptions refused meanwhile), then ends the lanes.
 * A connection starts in {@link #started} and ends in {@link #ended}, and nowhere else.
 */
@ApplicationScoped
public class Subscribers {

    private static final Logger LOG = Logger.getLogger(Subscribers.class.getName());

    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    /** Connections admitted and not yet ended: what the subscriber limit counts, exactly. */
    private final AtomicInteger admitted = new AtomicInteger();
    private TokenExpiries expiries;
    private Dispatcher dispatcher;
    private Hub hub;
    private HubThreads threads;
    private HubConfig config;
    private HubCounters counters;
    private Drain drain;
    private volatile boolean draining;
    private int maxSubscribers;
    private int maxStreamsPerConnection;
    private int maxQueuedEvents;
    private long maxQueuedBytes;
    private long retryMillis;
    private QueuedBytes queuedBytes;
    private SlowClientPolicy policy;
    private Heartbeats heartbeats;
    private DepartureProbe departures;
    private ScheduledFuture<?> heartbeatTask;
    private SinkSends sinkSends;

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
        expiries = new TokenExpiries(threads.timer());
        dispatcher = new Dispatcher(laneCount, threads.factory("dispatch"));
        maxSubscribers = config.integer(Setting.MAX_SUBSCRIBERS);
        maxStreamsPerConnection = config.integer(Setting.MAX_STREAMS_PER_CONNECTION);
        maxQueuedEvents = config.integer(Setting.CLIENT_MAX_QUEUED_EVENTS);
        maxQueuedBytes = config.number(Setting.CLIENT_MAX_QUEUED_BYTES);
        long totalQueued = config.number(Setting.CLIENT_MAX_TOTAL_QUEUED_BYTES);
        queuedBytes = new QueuedBytes(totalQueued > 0 ? totalQueued : Runtime.getRuntime().maxMemory() / 8);
        retryMillis = config.number(Setting.RETRY_MILLIS);
        drain = new Drain(threads.factory("drain"), TimeUnit.SECONDS.toMillis(Math.max(0, config.number(Setting.DRAIN_SECONDS))), retryMillis);
        long heartbeatMillis = TimeUnit.SECONDS.toMillis(Math.max(1, config.number(Setting.HEARTBEAT_SECONDS)));
        heartbeats = new Heartbeats(TimeUnit.MILLISECONDS.toNanos(heartbeatMillis));
        policy = new SlowClientPolicy(TimeUnit.SECONDS.toNanos(Math.max(1, config.number(Setting.CLIENT_MAX_STALL_SECONDS))));
        // Ticks ten times per interval (and at least once a second), so an idle connection gets its
        // comment at most a tenth late and a stalled one is cut off at most a second late.
        long tick = Math.max(100, Math.min(1000, heartbeatMillis / 10));
        departures = new DepartureProbe(TimeUnit.MILLISECONDS.toNanos(heartbeatMillis), heartbeats);
        heartbeatTask = threads.timer().scheduleAtFixedRate(this::heartbeat, tick, tick, TimeUnit.MILLISECONDS);
        sinkSends = new SinkSends(Math.max(64, 32 * laneCount), threads.factory("sink-send"));
    }

    @PreDestroy
    void stop() {
        drain();
        try {
            drain.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeatTask.cancel(false);
        departures.stop();
        for (Connection connection : open) {
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
     * Starts the stream on this request; answers 503 itself when the node is full. A connection
     * allowed by an expiring token is ended at {@code closeAt}; the client reconnects with a fresh one.
     */
    void open(HttpServletRequest request, HttpServletResponse response, SubscribeRequest wanted,
              Optional<Instant> closeAt) throws IOException {
        if (draining) {
            response.setHeader("Retry-After", Long.toString(Math.max(1, TimeUnit.MILLISECONDS.toSeconds(retryMillis))));
            PlainErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "this node is draining; reconnect later");
            return;
        }
        if (admitted.incrementAndGet() > maxSubscribers) {
            admitted.decrementAndGet();
            PlainErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "subscriber limit reached; try again later");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");

        AsyncContext async;
        Connection connection;
        try {
            async = request.startAsync();
            connection = new Connection(wanted.streams(), dispatcher.nextLane(),
                    new Backlog(maxQueuedEvents, maxQueuedBytes, queuedBytes), policy,
                    new ServletTransport(async, response.getOutputStream(), counters), dispatcher, counters, this::ended);
        } catch (IOException | RuntimeException e) {
            admitted.decrementAndGet(); // admitted, but never a connection
            throw e;
        }
        connection.queueRetry(retryMillis);
        open.add(connection);
        try {
            for (String stream : wanted.streams()) {
                StartPoint start = wanted.startFor(stream);
                hub.subscribe(connection, stream, start);
                if (start.isAfter()) {
                    counters.resumed(connection.resumeResult());
                }
            }
        } catch (RuntimeException e) { // the node's stream limit (503), or a surprise (500)
            refused(connection);
            PlainErrors.send(response, e);
            async.complete();
            return;
        }
        started(connection);
        closeAt.ifPresent(at -> expiries.endAt(connection, at, open::contains));
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
        if (draining) {
            throw new HubFullException("this node is draining; reconnect later");
        }
        if (admitted.incrementAndGet() > maxSubscribers) {
            admitted.decrementAndGet();
            throw new HubFullException("subscriber limit reached; try again later");
        }
        Connection connection = new Connection(List.of(wanted.stream()), dispatcher.nextLane(),
                new Backlog(maxQueuedEvents, maxQueuedBytes, queuedBytes), policy,
                new SinkTransport(sink, SinkFrames.forRuntime(sse), sinkSends, counters), dispatcher, counters, (self, reason) -> {
                    ended(self, reason);
                    onEnded.accept(reason);
                });
        connection.queueRetry(retryMillis);
        open.add(connection);
        try {
            hub.subscribe(connection, wanted.stream(), wanted.start());
            if (wanted.start().isAfter()) {
                counters.resumed(connection.resumeResult());
            }
        } catch (RuntimeException e) {
            refused(connection);
            throw e;
        }
        started(connection);
        wanted.closeAt().ifPresent(at -> expiries.endAt(connection, at, open::contains));
        return connection::end;
    }

    /** Where every connection starts sending. */
    private void started(Connection connection) {
        connection.begin();
        departures.watch(connection);
    }

    /** Where every connection that started ends, once, whatever the reason. */
    private void ended(Connection connection, String reason) {
        LOG.log(Level.FINE, "Connection ended: {0}", reason);
        CutOffs.classify(reason).ifPresent(counters::cutOff);
        forget(connection);
    }

    /** A connection that never started: the node could not take one of its streams. */
    private void refused(Connection connection) {
        forget(connection);
        connection.backlog().close();
    }

    private void forget(Connection connection) {
        if (open.remove(connection)) {
            admitted.decrementAndGet();
        }
        expiries.forget(connection);
        hub.unsubscribe(connection, connection.streams());
    }

    /**
     * Readiness goes down and new subscriptions are refused (503, Retry-After) from now on; open
     * connections are closed spread over {@code sse.hub.drain-seconds} ({@link Drain}). Returns at once.
     */
    public void drain() {
        draining = true;
        drain.start(() -> List.copyOf(open));
    }

    /** Stops a drain under way and takes subscriptions again (the connections it closed stay closed). */
    public void resume() throws InterruptedException {
        drain.cancel();
        draining = false;
    }

    /** The node's figures now, counted when asked (a scrape, a probe). */
    public Figures figures() {
        return Figures.count(open, admitted.get(), maxSubscribers, dispatcher.waiting(), draining);
    }

    private void heartbeat() {
        long now = System.nanoTime();
        for (Connection connection : open) {
            heartbeats.check(connection, now);
        }
        departures.tick(now);
    }
}
