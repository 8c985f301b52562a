package org.ssehub.demo;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.publish.EventBus;
import org.ssehub.runtime.HubThreads;
import org.ssehub.stream.Hub;
import org.ssehub.web.Json;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seed 004's generators on the {@code events} stream, and a headline generator on {@code news}.
 * Each fires once at start-up (so a new page has something to show at once), then at its period,
 * on the hub's demo scheduler (a thread of the hub's own, apart from the timer that sends heartbeats);
 * each one's state is its own {@link DemoFeeds} feed.
 * Switched off with {@code sse.hub.demo.generators=false}. With Redis they run once per cluster,
 * on the node that holds their lease ({@link Hub#holdLease}); another takes over within seconds.
 */
@ApplicationScoped
public class DemoGenerators {

    private static final Logger LOG = Logger.getLogger(DemoGenerators.class.getName());
    private static final String EVENTS = "events";
    /** With Redis, one node runs the generators: the holder of this lease (renewed by every run, at least every 3 s). */
    private static final String LEASE = "demo-generators";
    private static final Duration LEASE_TTL = Duration.ofSeconds(5);

    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    @Inject
    EventBus bus;
    @Inject
    HubThreads threads;
    @Inject
    Hub hub;
    @Inject
    HubConfig config;
    @Inject
    Json json;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!config.flag(Setting.DEMO_GENERATORS) || !running.isEmpty()) {
            return;
        }
        every(5, EVENTS, "tick", () -> OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        SplittableRandom random = new SplittableRandom();
        every(7, EVENTS, "stock", asJson(DemoFeeds.stock(random.split())));
        every(9, EVENTS, "score", asJson(DemoFeeds.score(random.split())));
        every(11, EVENTS, "location", asJson(DemoFeeds.location(random.split())));
        every(3, EVENTS, "progress", asJson(DemoFeeds.progress()));
        every(30, EVENTS, "system", () -> "ok");
        every(5, "news", "message", asJson(DemoFeeds.headlines()));
    }

    @PreDestroy
    void stop() {
        synchronized (running) {
            running.forEach(future -> future.cancel(false));
            running.clear();
        }
    }

    private void every(long seconds, String stream, String type, Supplier<String> data) {
        Runnable publish = () -> {
            try {
                if (!hub.holdLease(LEASE, LEASE_TTL)) {
                    return; // another node of the cluster runs the generators
                }
                bus.publish(stream, type, data.get());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo generator " + type + " failed", e);
            }
        };
        synchronized (running) {
            // not on the hub's timer: with Redis a publish may wait up to its timeout, and heartbeats must not
            running.add(threads.demo().scheduleAtFixedRate(publish, 0, seconds, TimeUnit.SECONDS));
        }
    }

    private Supplier<String> asJson(Supplier<?> feed) {
        return () -> json.write(feed.get());
    }
}
