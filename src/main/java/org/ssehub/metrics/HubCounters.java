package org.ssehub.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The counters the hot path adds to: each a {@link LongAdder} (no lock, no allocation per event),
 * exposed as a Micrometer {@link FunctionCounter} read at scrape time. Created by {@link HubMetrics};
 * callers keep the instance itself, never a CDI proxy, so counting is one add.
 */
public final class HubCounters {

    /** Why a client was cut off: the {@code reason} label of {@code sse_hub_cutoffs_total}. */
    public enum CutOff { BACKLOG_FULL, NODE_QUEUE_FULL, STALLED, WRITE_FAILED }

    /** What a resume with {@code Last-Event-ID} found: the {@code result} label of {@code sse_hub_resumes_total}. */
    public enum Resume { IN_WINDOW, EXPIRED, UNKNOWN }

    /** Why a publish was refused: the {@code reason} label of the rejected publishes. */
    public enum Rejection { INVALID, UNAUTHORIZED, FORBIDDEN, TOO_LARGE, NODE_FULL, OTHER }

    private final LongAdder accepted = new LongAdder();
    private final LongAdder[] rejected = adders(Rejection.values().length);
    private final LongAdder delivered = new LongAdder();
    private final LongAdder written = new LongAdder();
    private final LongAdder replayed = new LongAdder();
    private final LongAdder[] cutOffs = adders(CutOff.values().length);
    private final LongAdder[] resumes = adders(Resume.values().length);
    private final Timer publishDuration;

    public HubCounters(MeterRegistry registry) {
        counter(registry, "sse.hub.events.published", accepted, "Events published", null, "outcome", "accepted", "reason", "none");
        for (Rejection reason : Rejection.values()) {
            counter(registry, "sse.hub.events.published", rejected[reason.ordinal()], "Events published", null,
                    "outcome", "rejected", "reason", label(reason));
        }
        counter(registry, "sse.hub.events.delivered", delivered, "Events written to clients (live and replayed)", null);
        counter(registry, "sse.hub.written", written, "Bytes written to SSE clients", "bytes");
        counter(registry, "sse.hub.events.replayed", replayed, "Events replayed to clients that resumed or asked for history", null);
        for (CutOff reason : CutOff.values()) {
            counter(registry, "sse.hub.cutoffs", cutOffs[reason.ordinal()], "Clients the hub cut off", null, "reason", label(reason));
        }
        for (Resume result : Resume.values()) {
            counter(registry, "sse.hub.resumes", resumes[result.ordinal()], "Subscriptions resumed with Last-Event-ID", null,
                    "result", label(result));
        }
        publishDuration = Timer.builder("sse.hub.publish.duration")
                .description("Time to validate, retain and queue a publish for every subscriber")
                .publishPercentileHistogram()
                .minimumExpectedValue(java.time.Duration.ofNanos(1_000))
                .maximumExpectedValue(java.time.Duration.ofSeconds(1))
                .register(registry);
    }

    /** A publish the hub retained and queued, and how long that took. */
    public void published(long nanos) {
        accepted.increment();
        publishDuration.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void rejected(Rejection reason) {
        rejected[reason.ordinal()].increment();
    }

    /** An event written to a client, live or replayed. */
    public void delivered() {
        delivered.increment();
    }

    public void written(int bytes) {
        written.add(bytes);
    }

    public void replayed(int events) {
        replayed.add(events);
    }

    public void cutOff(CutOff reason) {
        cutOffs[reason.ordinal()].increment();
    }

    public void resumed(Resume result) {
        resumes[result.ordinal()].increment();
    }

    private static void counter(MeterRegistry registry, String name, LongAdder adder, String description, String unit,
                                String... tags) {
        FunctionCounter.builder(name, adder, LongAdder::sum).description(description).baseUnit(unit).tags(tags)
                .register(registry);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static LongAdder[] adders(int count) {
        LongAdder[] made = new LongAdder[count];
        for (int i = 0; i < count; i++) {
            made[i] = new LongAdder();
        }
        return made;
    }
}
