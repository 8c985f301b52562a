package org.ssehub.stream;

import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.stream.redis.FeedListener;
import org.ssehub.stream.redis.LiveFeed;
import org.ssehub.stream.redis.NodeCounts;
import org.ssehub.stream.redis.NodeLeases;
import org.ssehub.stream.redis.Page;
import org.ssehub.stream.redis.RedisConnection;
import org.ssehub.stream.redis.RedisSettings;
import org.ssehub.stream.redis.RedisStreamStore;
import org.ssehub.stream.redis.StoreLimits;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Redis store (issue 9): streams shared by every node on one Redis or Redis Cluster. A publish is
 * one script in Redis, which assigns the id for the whole cluster; this node delivers live events only
 * from its {@link LiveFeed} (its own included), so every node shows one order. Per stream with local
 * subscribers the node keeps a mirror ({@link MirrorStream}), which the feed fills: a subscription's replay is
 * read from Redis outside the mirror's lock and completed under it by what the mirror got since.
 * {@code /api/streams} shows Redis's figures, and subscribers of this node and of all nodes.
 */
final class ClusterStreams implements StreamStore, FeedListener {

    /** Connect and command timeout: a publish answers 503 within about this long while Redis is away. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final long REPORT_SECONDS = 2;

    private final RedisConnection redis;
    private final RedisStreamStore store;
    private final LiveFeed feed;
    private final ClusterBackplane backplane;
    private final ClusterFigures figures;
    private final NodeLeases leases;
    private final HistoryLimits limits;
    private final RetainedBytes retained;
    private final Clock clock = Clock.systemUTC();
    private final Mirrors mirrors;
    private final ScheduledFuture<?> reports;

    static ClusterStreams open(RedisSettings settings, HubConfig config, ScheduledExecutorService timer) {
        RedisConnection redis = RedisConnection.open(settings.address(), TIMEOUT);
        try {
            return new ClusterStreams(redis, settings, config, timer);
        } catch (RuntimeException e) {
            redis.close();
            throw e;
        }
    }

    private ClusterStreams(RedisConnection redis, RedisSettings settings, HubConfig config, ScheduledExecutorService timer) {
        this.redis = redis;
        this.limits = HistoryLimits.from(config);
        this.retained = RetainedBytes.from(config);
        this.store = new RedisStreamStore(redis, settings.keys(),
                StoreLimits.of(limits.maxEvents(), limits.maxAgeMillis(), limits.maxBytes()));
        String node = UUID.randomUUID().toString();
        this.leases = new NodeLeases(redis, settings.keys(), node);
        this.feed = new LiveFeed(redis, store, settings.keys(), this, 10_000, Duration.ofSeconds(1));
        this.mirrors = new Mirrors(store, feed, limits, retained, config.integer(Setting.MAX_STREAMS));
        this.figures = new ClusterFigures(store, new NodeCounts(redis, settings.keys(), node,
                Duration.ofSeconds(3 * REPORT_SECONDS)), mirrors.view());
        this.backplane = new ClusterBackplane(redis, feed);
        this.reports = timer.scheduleWithFixedDelay(figures::report, REPORT_SECONDS, REPORT_SECONDS, TimeUnit.SECONDS);
    }

    /** Stored in Redis and announced to every node; this node's subscribers get it from the feed. */
    @Override
    public Event publish(String stream, String type, String data) {
        return store.publish(stream, type, data).event();
    }

    @Override
    public void subscribe(EventSink sink, String name, StartPoint start) {
        boolean started = false;
        while (!started) {
            MirrorStream mirror = mirrors.mirrorFor(name);
            try {
                started = start(mirror, sink, name, start);
            } catch (RuntimeException e) {
                mirrors.retireIfUnwatched(mirror);
                throw e;
            }
        }
    }

    /** Reads the subscription's replay from Redis (none for a live start) and lets the mirror complete it. */
    private boolean start(MirrorStream mirror, EventSink sink, String name, StartPoint start) {
        if (start.isAfter()) {
            return mirror.subscribe(sink, store.after(name, start.value(), Math.max(1, limits.maxEvents())), Integer.MAX_VALUE);
        }
        int count = !start.isAll() && !start.isLast() ? 0
                : (int) Math.min(limits.maxEvents(), start.isAll() ? Integer.MAX_VALUE : start.value());
        return mirror.subscribe(sink, count == 0 ? new Page(null, List.of(), null) : store.last(name, count), count);
    }

    @Override
    public void unsubscribe(EventSink sink, Collection<String> names) {
        for (String name : names) {
            MirrorStream mirror = mirrors.get(name);
            if (mirror != null) {
                mirror.unsubscribe(sink);
                mirrors.retireIfUnwatched(mirror);
            }
        }
    }

    /** From the feed's thread: the next event of a followed stream. */
    @Override
    public void deliver(Event event) {
        long now = clock.millis();
        backplane.delivered(event, now);
        MirrorStream mirror = mirrors.get(event.stream());
        if (mirror != null && mirror.append(event, now)) {
            retained.enforce();
        }
    }

    /**
     * From the feed's thread: events after {@code reset.lastEventId()} may be missing, so every live
     * subscriber of the stream gets a {@code hub-reset}. A stream Redis held nothing of when this node
     * began to mirror it (position 0), and that has delivered nothing yet, had no past to miss.
     */
    @Override
    public void reset(ResetSignal reset) {
        MirrorStream mirror = mirrors.get(reset.stream());
        if (mirror != null && !"0".equals(reset.lastEventId())) {
            backplane.reset();
            mirror.append(Event.control(reset.stream(), ResetSignal.EVENT_TYPE, reset.toJson(), clock.millis()), clock.millis());
        }
    }

    @Override
    public List<StreamInfo> streams() {
        return mirrors.view().keySet().stream().sorted(Comparator.naturalOrder()).map(figures::of)
                .flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<StreamInfo> stream(String name) {
        return figures.of(name);
    }

    @Override
    public int streamCount() {
        return mirrors.size();
    }

    @Override
    public long retainedBytes() {
        return retained.total();
    }

    @Override
    public long maxRetainedBytes() {
        return retained.max();
    }

    @Override
    public Optional<Backplane> backplane() {
        return Optional.of(backplane);
    }

    @Override
    public boolean holdLease(String name, Duration ttl) {
        return leases.hold(name, ttl);
    }

    @Override
    public void close() {
        reports.cancel(false);
        leases.releaseAll();
        try {
            feed.close();
        } finally {
            redis.close();
        }
    }
}
