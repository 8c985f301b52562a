package org.ssehub.stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.runtime.HubThreads;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one owner of all streams on this node. Streams are created on first use (publish or
 * subscribe) and retired by a periodic sweep once nobody listens and their history has expired, so
 * the map holds only streams that matter. Every change to the map goes through a per-key
 * {@code compute}, which also keeps {@code count}, so the stream limit is exact under concurrency and
 * a caller that met a retired stream waits for the sweep's removal instead of spinning.
 */
@ApplicationScoped
public class Hub {

    private final ConcurrentHashMap<String, Stream> streams = new ConcurrentHashMap<>();
    /** Entries in {@code streams}; changed only inside its compute functions. */
    private final AtomicInteger count = new AtomicInteger();
    private HubConfig config;
    private HubThreads threads;
    private Clock clock;
    private EventIds ids;
    private int maxStreams;
    private int historyEvents;
    private long historyAgeMillis;
    private ScheduledFuture<?> sweep;

    protected Hub() {
        // for CDI proxies
    }

    @Inject
    public Hub(HubConfig config, HubThreads threads) {
        this.config = config;
        this.threads = threads;
    }

    @PostConstruct
    void start() {
        clock = Clock.systemUTC();
        ids = new EventIds(clock);
        maxStreams = config.integer(Setting.MAX_STREAMS);
        historyEvents = config.integer(Setting.HISTORY_MAX_EVENTS);
        historyAgeMillis = TimeUnit.SECONDS.toMillis(config.number(Setting.HISTORY_MAX_AGE_SECONDS));
        long period = Math.max(1, Math.min(30, config.number(Setting.HEARTBEAT_SECONDS)));
        sweep = threads.timer().scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
    }

    /**
     * Assigns the next id of the stream, retains the event and hands it to every subscriber's
     * backlog. Never waits for a client.
     */
    public Event publish(String stream, String type, String data) {
        Stream current = streamFor(stream, null);
        Event event;
        while ((event = current.publish(type, data, clock.millis())) == null) {
            current = streamFor(stream, current); // retired meanwhile: its successor
        }
        return event;
    }

    /** Registers a sink; its replay (per {@code resume}) reaches it before any live event. */
    public void subscribe(EventSink sink, String stream, StartPoint resume) {
        Stream current = streamFor(stream, null);
        while (!current.subscribe(sink, resume, clock.millis())) {
            current = streamFor(stream, current);
        }
    }

    public void unsubscribe(EventSink sink, Collection<String> names) {
        for (String name : names) {
            Stream stream = streams.get(name);
            if (stream != null) {
                stream.unsubscribe(sink);
            }
        }
    }

    public List<StreamInfo> streams() {
        return streams.values().stream().map(Stream::info)
                .sorted(Comparator.comparing(info -> info.name)).toList();
    }

    public Optional<StreamInfo> stream(String name) {
        return Optional.ofNullable(streams.get(name)).map(Stream::info);
    }

    /**
     * The stream of that name, created if absent; {@code retired} (a stream found retired) is
     * replaced, after the sweep's removal of it if that is under way.
     *
     * @throws HubFullException when a new stream would pass the limit
     */
    private Stream streamFor(String name, Stream retired) {
        Stream stream = streams.get(name);
        if (stream != null && stream != retired) {
            return stream;
        }
        return streams.compute(name, (n, existing) -> {
            if (existing != null && existing != retired) {
                return existing;
            }
            if (existing == null && count.incrementAndGet() > maxStreams) {
                count.decrementAndGet();
                throw new HubFullException("stream limit reached (" + maxStreams + "); try again later");
            }
            return new Stream(n, ids, historyEvents, historyAgeMillis);
        });
    }

    private void sweep() {
        long now = clock.millis();
        for (Stream stream : streams.values()) {
            streams.computeIfPresent(stream.name(), (name, existing) -> {
                if (existing == stream && stream.expireAndRetireIfIdle(now)) {
                    count.decrementAndGet();
                    return null;
                }
                return existing;
            });
        }
    }
}
