package org.ssehub.stream;

import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-memory store, the hub's default (no {@code sse.hub.redis.url}): all streams of this node.
 * Streams are created on first use (publish or subscribe) and retired once nobody listens and they retain nothing: when their last subscriber
 * leaves, or by a periodic sweep once their history has expired. Every change to the map goes
 * through a per-key {@code compute}, which also keeps {@code count}, so the limit is exact under
 * concurrency and a caller that met a retired stream waits for its removal instead of spinning.
 * The stream limit keeps subscribers from adding streams to a full table, but publishers are refused
 * a new stream only when that many streams retain history (or the table holds twice that after a
 * sweep), so streams without history (which leave with their subscribers) never keep publishers out.
 * History is bounded per stream and, oldest first across streams, for the whole node ({@link RetainedBytes}).
 */
final class LocalStreams implements StreamStore {

    private final ConcurrentHashMap<String, Stream> streams = new ConcurrentHashMap<>();
    /** Entries in {@code streams}; changed only inside its compute functions. */
    private final AtomicInteger count = new AtomicInteger();
    private final Clock clock;
    private final EventIds ids;
    private final int maxStreams;
    private final HistoryLimits historyLimits;
    private final RetainedBytes retained;
    private final ScheduledFuture<?> sweep;

    LocalStreams(HubConfig config, ScheduledExecutorService timer) {
        clock = Clock.systemUTC();
        ids = new EventIds(clock);
        maxStreams = config.integer(Setting.MAX_STREAMS);
        historyLimits = HistoryLimits.from(config);
        retained = RetainedBytes.from(config);
        long period = Math.max(1, Math.min(30, config.number(Setting.HEARTBEAT_SECONDS)));
        sweep = timer.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.SECONDS);
    }

    /** In memory: no backplane. */
    @Override
    public Optional<Backplane> backplane() {
        return Optional.empty();
    }

    /** One node, no cluster: this node is the one. */
    @Override
    public boolean holdLease(String name, Duration ttl) {
        return true;
    }

    @Override
    public void close() {
        sweep.cancel(false);
    }

    /**
     * Assigns the next id of the stream, retains the event and hands it to every subscriber's
     * backlog, then lets the node's oldest events go while it retains more than its budget. Never
     * waits for a client.
     */
    @Override
    public Event publish(String stream, String type, String data) {
        Stream current = streamFor(stream, null, true);
        Event event;
        while ((event = current.publish(type, data, clock.millis())) == null) {
            current = streamFor(stream, current, true); // retired meanwhile: its successor
        }
        retained.enforce();
        return event;
    }

    /** Registers a sink; its replay (per {@code resume}) reaches it before any live event. */
    @Override
    public void subscribe(EventSink sink, String stream, StartPoint resume) {
        Stream current = streamFor(stream, null, false);
        while (!current.subscribe(sink, resume, clock.millis())) {
            current = streamFor(stream, current, false);
        }
    }

    @Override
    public void unsubscribe(EventSink sink, Collection<String> names) {
        for (String name : names) {
            Stream stream = streams.get(name);
            if (stream != null) {
                stream.unsubscribe(sink);
                retireIfIdle(stream);
            }
        }
    }

    @Override
    public List<StreamInfo> streams() {
        return streams.values().stream().map(Stream::info)
                .sorted(Comparator.comparing(info -> info.name)).toList();
    }

    @Override
    public Optional<StreamInfo> stream(String name) {
        return Optional.ofNullable(streams.get(name)).map(Stream::info);
    }

    @Override
    public int streamCount() {
        return count.get();
    }

    /** Bytes the histories of all streams retain now ({@link Event#footprint()}). */
    @Override
    public long retainedBytes() {
        return retained.total();
    }

    /** The node-wide bound on {@link #retainedBytes()}. */
    @Override
    public long maxRetainedBytes() {
        return retained.max();
    }

    /**
     * The stream of that name, created if absent; {@code retired} (a stream found retired) is
     * replaced, after the removal of it if that is under way.
     *
     * @param publishing a publish (refused only when that many streams retain history) or a subscribe
     * @throws HubFullException when a new stream would pass the limit
     */
    private Stream streamFor(String name, Stream retired, boolean publishing) {
        Stream stream = streams.get(name);
        if (stream != null && stream != retired) {
            return stream;
        }
        if (publishing && count.get() >= 2L * maxStreams) {
            sweep(); // streams the node's byte budget emptied, retired now rather than at the next sweep
        }
        return streams.compute(name, (n, existing) -> {
            if (existing != null && existing != retired) {
                return existing;
            }
            if (existing == null) {
                int now = count.incrementAndGet();
                boolean full = publishing
                        ? retained.holding() >= maxStreams || now > 2L * maxStreams
                        : now > maxStreams;
                if (full) {
                    count.decrementAndGet();
                    throw new HubFullException("stream limit reached (" + maxStreams + "); try again later");
                }
            }
            return new Stream(n, ids, historyLimits, retained);
        });
    }

    private void retireIfIdle(Stream stream) {
        long now = clock.millis();
        streams.computeIfPresent(stream.name(), (name, existing) -> {
            if (existing == stream && stream.expireAndRetireIfIdle(now)) {
                count.decrementAndGet();
                return null;
            }
            return existing;
        });
    }

    private void sweep() {
        for (Stream stream : streams.values()) {
            retireIfIdle(stream);
        }
    }
}
