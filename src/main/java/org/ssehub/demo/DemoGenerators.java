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
import org.ssehub.web.Json;

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
 * Each fires once at start-up (so a new page has something to show at once), then at its period.
 * All run on the hub's timer thread, which is the only thread touching their state.
 * Switched off with {@code sse.hub.demo.generators=false}.
 */
@ApplicationScoped
public class DemoGenerators {

    private static final Logger LOG = Logger.getLogger(DemoGenerators.class.getName());
    private static final String EVENTS = "events";

    private final List<ScheduledFuture<?>> running = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom();
    @Inject
    EventBus bus;
    @Inject
    HubThreads threads;
    @Inject
    HubConfig config;
    @Inject
    Json json;

    private double price = 123.45;
    private int home;
    private int away;
    private int scoreUpdates;
    private double lat = 31.23;
    private double lng = 121.47;
    private int percent;
    private int headline;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!config.flag(Setting.DEMO_GENERATORS) || !running.isEmpty()) {
            return;
        }
        every(5, EVENTS, "tick", () -> OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString());
        every(7, EVENTS, "stock", () -> json.write(new Payloads.Stock("ACME", nextPrice())));
        every(9, EVENTS, "score", () -> json.write(nextScore()));
        every(11, EVENTS, "location", () -> json.write(nextLocation()));
        every(3, EVENTS, "progress", () -> json.write(nextProgress()));
        every(30, EVENTS, "system", () -> "ok");
        every(5, "news", "message", () -> json.write(new Payloads.Headline("News " + (++headline))));
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
                bus.publish(stream, type, data.get());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Demo generator " + type + " failed", e);
            }
        };
        synchronized (running) {
            running.add(threads.timer().scheduleAtFixedRate(publish, 0, seconds, TimeUnit.SECONDS));
        }
    }

    private double nextPrice() {
        price = Math.max(1, price + random.nextDouble(-0.5, 0.5));
        return Math.round(price * 100) / 100.0;
    }

    private Payloads.Score nextScore() {
        if (scoreUpdates++ % 12 == 0) {
            home = 0;
            away = 0;
        } else if (random.nextInt(3) == 0) {
            home++;
        } else if (random.nextInt(3) == 0) {
            away++;
        }
        return new Payloads.Score(home, away);
    }

    private Payloads.Location nextLocation() {
        lat += random.nextDouble(-0.005, 0.005);
        lng += random.nextDouble(-0.005, 0.005);
        return new Payloads.Location(Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5);
    }

    private Payloads.Progress nextProgress() {
        Payloads.Progress progress = new Payloads.Progress(percent);
        percent = percent >= 100 ? 0 : percent + 20;
        return progress;
    }
}
