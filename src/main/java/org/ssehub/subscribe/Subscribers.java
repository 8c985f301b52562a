package org.ssehub.subscribe;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.runtime.HubThreads;
import org.ssehub.stream.Hub;
import org.ssehub.stream.HubFullException;
import org.ssehub.web.PlainErrors;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Every open SSE connection on this node: opens them, spreads them over the dispatcher lanes (one
 * thread each, {@code sse.hub.dispatch-threads}), sends heartbeats on idle ones (which is also how
 * dead ones are found), cuts off stalled ones, and closes them all, then the lanes, when the
 * application stops.
 */
@ApplicationScoped
public class Subscribers {

    private static final Logger LOG = Logger.getLogger(Subscribers.class.getName());

    private final Set<Subscriber> open = ConcurrentHashMap.newKeySet();
    private final Map<Subscriber, ScheduledFuture<?>> expiries = new ConcurrentHashMap<>();
    private Dispatcher dispatcher;
    private Hub hub;
    private HubThreads threads;
    private HubConfig config;
    private int maxSubscribers;
    private int maxStreamsPerConnection;
    private int maxQueuedEvents;
    private long maxQueuedBytes;
    private long retryMillis;
    private long heartbeatNanos;
    private long stallNanos;
    private ScheduledFuture<?> heartbeats;

    protected Subscribers() {
        // for CDI proxies
    }

    @Inject
    public Subscribers(Hub hub, HubThreads threads, HubConfig config) {
        this.hub = hub;
        this.threads = threads;
        this.config = config;
    }

    @PostConstruct
    void start() {
        int laneCount = config.integer(Setting.DISPATCH_THREADS);
        if (laneCount <= 0) {
            laneCount = Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        dispatcher = new Dispatcher(laneCount, threads.factory("dispatch"));
        maxSubscribers = config.integer(Setting.MAX_SUBSCRIBERS);
        maxStreamsPerConnection = config.integer(Setting.MAX_STREAMS_PER_CONNECTION);
        maxQueuedEvents = config.integer(Setting.CLIENT_MAX_QUEUED_EVENTS);
        maxQueuedBytes = config.number(Setting.CLIENT_MAX_QUEUED_BYTES);
        retryMillis = config.number(Setting.RETRY_MILLIS);
        long heartbeatMillis = TimeUnit.SECONDS.toMillis(Math.max(1, config.number(Setting.HEARTBEAT_SECONDS)));
        heartbeatNanos = TimeUnit.MILLISECONDS.toNanos(heartbeatMillis);
        stallNanos = TimeUnit.SECONDS.toNanos(Math.max(1, config.number(Setting.CLIENT_MAX_STALL_SECONDS)));
        // Ticks ten times per interval (and at least once a second), so an idle connection gets its
        // comment at most a tenth late and a stalled one is cut off at most a second late.
        long tick = Math.max(100, Math.min(1000, heartbeatMillis / 10));
        heartbeats = threads.timer().scheduleAtFixedRate(this::heartbeat, tick, tick, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        heartbeats.cancel(false);
        for (Subscriber subscriber : open) {
            subscriber.close("hub stopping");
        }
        try {
            dispatcher.stop(TimeUnit.SECONDS.toMillis(5));
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
     * allowed by an expiring token is closed at {@code closeAt}; the client reconnects with a fresh one.
     */
    void open(HttpServletRequest request, HttpServletResponse response, SubscribeRequest wanted,
              Optional<Instant> closeAt) throws IOException {
        if (open.size() >= maxSubscribers) {
            PlainErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "subscriber limit reached; try again later");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no");

        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        Subscriber subscriber = new Subscriber(async, response.getOutputStream(), dispatcher.nextLane(),
                new Backlog(maxQueuedEvents, maxQueuedBytes), wanted.streams(), this::forget);
        async.addListener(subscriber);
        subscriber.open(retryMillis);
        open.add(subscriber);
        try {
            for (String stream : wanted.streams()) {
                hub.subscribe(subscriber, stream, wanted.resumeFor(stream));
            }
        } catch (HubFullException e) {
            forget(subscriber);
            PlainErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            async.complete();
            return;
        }
        subscriber.start();
        closeAt.ifPresent(at -> closeAtExpiry(subscriber, at));
    }

    private void closeAtExpiry(Subscriber subscriber, Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        ScheduledFuture<?> expiry = threads.timer().schedule(() -> subscriber.close("token expired"), delay, TimeUnit.MILLISECONDS);
        expiries.put(subscriber, expiry);
        if (!open.contains(subscriber) && expiries.remove(subscriber, expiry)) {
            expiry.cancel(false); // it ended before the timer was set
        }
    }

    /** Connections open on this node. */
    public int count() {
        return open.size();
    }

    private void forget(Subscriber subscriber) {
        open.remove(subscriber);
        ScheduledFuture<?> expiry = expiries.remove(subscriber);
        if (expiry != null) {
            expiry.cancel(false);
        }
        hub.unsubscribe(subscriber, subscriber.streams());
    }

    private void heartbeat() {
        long now = System.nanoTime();
        for (Subscriber subscriber : open) {
            subscriber.checkIdleOrStalled(now, heartbeatNanos, stallNanos);
        }
    }
}
