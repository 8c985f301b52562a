package org.ssehub.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.ssehub.stream.Backplane;

import java.util.concurrent.TimeUnit;

/**
 * The Redis backplane's meters, registered only when the node runs on Redis: its state
 * ({@code sse_hub_backplane_up}), its errors ({@code sse_hub_backplane_errors_total}) and the live feed's
 * lag ({@code sse_hub_backplane_lag_seconds_sum / _count}: divide their rates for the mean over any window;
 * {@code sse_hub_backplane_lag_last_seconds}), backlog and resets. All read at scrape time.
 */
final class BackplaneGauges {

    private BackplaneGauges() {
    }

    static void bind(MeterRegistry registry, Backplane backplane) {
        Gauge.builder("sse.hub.backplane.up", backplane, b -> b.up() ? 1 : 0)
                .description("1 while this node's command and live-feed connections to Redis are open, else 0")
                .register(registry);
        FunctionCounter.builder("sse.hub.backplane.errors", backplane, Backplane::failedCalls)
                .description("Redis calls that failed: Redis down, unreachable, too slow or refusing writes")
                .register(registry);
        FunctionTimer.builder("sse.hub.backplane.lag", backplane, Backplane::feedEvents, Backplane::feedLagMillisTotal,
                        TimeUnit.MILLISECONDS)
                .description("From a publish (Redis's clock) to this node's live feed delivering it")
                .register(registry);
        TimeGauge.builder("sse.hub.backplane.lag.last", backplane, TimeUnit.MILLISECONDS, Backplane::lastFeedLagMillis)
                .description("Lag of the last event the live feed delivered")
                .register(registry);
        Gauge.builder("sse.hub.backplane.feed.backlog", backplane, Backplane::feedBacklog)
                .description("Announcements waiting for the live feed's thread")
                .register(registry);
        FunctionCounter.builder("sse.hub.backplane.resets", backplane, Backplane::resets)
                .description("hub-reset signals the live feed raised: a gap it could not prove empty")
                .register(registry);
    }
}
