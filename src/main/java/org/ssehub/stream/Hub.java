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

/**
 * The one owner of all streams on this node. Streams are created on first use (publish or
 * subscribe) with {@code computeIfAbsent}, and retired by a periodic sweep once nobody listens and
 * their history has expired, so the map holds only streams that matter.
 */
@ApplicationScoped
public class Hub {

    private final ConcurrentHashMap<String, Stream> streams = new ConcurrentHashMap<>();
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
        while (true) {
            Event event = streamFor(stream).publish(type, data, clock.millis());
            if (event != null) {
                return event;
            }
        }
    }

    /** Registers a sink; its replay (per {@code resume}) reaches it before any live event. */
    public void subscribe(EventSink sink, String stream, Resume resume) {
        while (!streamFor(stream).subscribe(sink, resume, clock.millis())) {
            Thread.onSpinWait();
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

    private Stream streamFor(String name) {
        Stream stream = streams.get(name);
        if (stream != null) {
            return stream;
        }
        if (streams.size() >= maxStreams) {
            throw new HubFullException("stream limit reached (" + maxStreams + "); try again later");
        }
        return streams.computeIfAbsent(name, n -> new Stream(n, ids, historyEvents, historyAgeMillis));
    }

    private void sweep() {
        long now = clock.millis();
        for (Stream stream : streams.values()) {
            if (stream.expireAndRetireIfIdle(now)) {
                streams.remove(stream.name(), stream);
            }
        }
    }
}
