package org.ssehub.subscribe;

import org.ssehub.config.HubConfig;
import org.ssehub.config.Setting;
import org.ssehub.metrics.HubCounters;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Makes every connection of the node the same way, whatever carries it ({@link ServletTransport} for
 * {@code /api/events}, {@link SinkTransport} for a JAX-RS sink): the next dispatcher lane, a
 * {@link Backlog} under the per-client and node-wide bounds, the one {@link SlowClientPolicy}, and the
 * opening {@code retry:} frame queued.
 */
final class ConnectionFactory {

    private final Dispatcher dispatcher;
    private final int maxQueuedEvents;
    private final long maxQueuedBytes;
    private final QueuedBytes queuedBytes;
    private final SlowClientPolicy policy;
    private final HubCounters counters;
    private final long retryMillis;

    /**
     * With the node's settings: the per-client bounds, the node-wide bound on queued bytes (an eighth
     * of the heap unless set), the stall limit and the {@code retry:} the clients get.
     */
    static ConnectionFactory configured(HubConfig config, Dispatcher dispatcher, HubCounters counters) {
        long totalQueued = config.number(Setting.CLIENT_MAX_TOTAL_QUEUED_BYTES);
        QueuedBytes queuedBytes = new QueuedBytes(totalQueued > 0 ? totalQueued : Runtime.getRuntime().maxMemory() / 8);
        long stallNanos = TimeUnit.SECONDS.toNanos(Math.max(1, config.number(Setting.CLIENT_MAX_STALL_SECONDS)));
        return new ConnectionFactory(dispatcher, config.integer(Setting.CLIENT_MAX_QUEUED_EVENTS),
                config.number(Setting.CLIENT_MAX_QUEUED_BYTES), queuedBytes, new SlowClientPolicy(stallNanos), counters,
                config.number(Setting.RETRY_MILLIS));
    }

    ConnectionFactory(Dispatcher dispatcher, int maxQueuedEvents, long maxQueuedBytes, QueuedBytes queuedBytes,
                      SlowClientPolicy policy, HubCounters counters, long retryMillis) {
        this.dispatcher = dispatcher;
        this.maxQueuedEvents = maxQueuedEvents;
        this.maxQueuedBytes = maxQueuedBytes;
        this.queuedBytes = queuedBytes;
        this.policy = policy;
        this.counters = counters;
        this.retryMillis = retryMillis;
    }

    /** A connection on {@code streams}, not subscribed yet; {@code onEnded} hears once why it ended. */
    Connection create(List<String> streams, Transport transport, BiConsumer<Connection, String> onEnded) {
        Connection connection = new Connection(streams, dispatcher.nextLane(),
                new Backlog(maxQueuedEvents, maxQueuedBytes, queuedBytes), policy, transport, dispatcher, counters, onEnded);
        connection.queueRetry(retryMillis);
        return connection;
    }
}
