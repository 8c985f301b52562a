package org.ssehub.config;

/**
 * Every setting the hub reads, with its key and default. The environment variable name is the key
 * upper-cased with dots and dashes turned into underscores ({@code sse.hub.heartbeat-seconds} is
 * {@code SSE_HUB_HEARTBEAT_SECONDS}).
 */
public enum Setting {
    ALLOWED_ORIGINS("sse.hub.allowed-origins", "*"),
    PUBLISH_TOKEN("sse.hub.publish-token", ""),
    /** Per-stream rights with signed tokens (org.ssehub.access): one key, private streams, where tokens come from. */
    JWT_SECRET("sse.hub.jwt.secret", ""),
    JWT_PUBLIC_KEY("sse.hub.jwt.public-key", ""),
    JWT_CLOCK_SKEW_SECONDS("sse.hub.jwt.clock-skew-seconds", "30"),
    JWT_COOKIE("sse.hub.jwt.cookie", "sse-hub-token"),
    JWT_QUERY_PARAM("sse.hub.jwt.query-param", "false"),
    PRIVATE_STREAMS("sse.hub.private-streams", ""),
    HEARTBEAT_SECONDS("sse.hub.heartbeat-seconds", "15"),
    RETRY_MILLIS("sse.hub.retry-millis", "3000"),
    HISTORY_MAX_EVENTS("sse.hub.history.max-events", "1000"),
    HISTORY_MAX_AGE_SECONDS("sse.hub.history.max-age-seconds", "3600"),
    HISTORY_MAX_BYTES("sse.hub.history.max-bytes", "4194304"),
    /** 0 = a quarter of the JVM's maximum heap. */
    HISTORY_MAX_TOTAL_BYTES("sse.hub.history.max-total-bytes", "0"),
    MAX_BODY_BYTES("sse.hub.max-body-bytes", "65536"),
    /** 0 = a sixteenth of the JVM's maximum heap. */
    MAX_INFLIGHT_BODY_BYTES("sse.hub.max-inflight-body-bytes", "0"),
    CLIENT_MAX_QUEUED_EVENTS("sse.hub.client.max-queued-events", "1000"),
    CLIENT_MAX_QUEUED_BYTES("sse.hub.client.max-queued-bytes", "4194304"),
    /** Bytes queued for all clients together; 0 = an eighth of the maximum heap. */
    CLIENT_MAX_TOTAL_QUEUED_BYTES("sse.hub.client.max-total-queued-bytes", "0"),
    CLIENT_MAX_STALL_SECONDS("sse.hub.client.max-stall-seconds", "10"),
    MAX_STREAMS("sse.hub.max-streams", "10000"),
    MAX_SUBSCRIBERS("sse.hub.max-subscribers", "50000"),
    MAX_STREAMS_PER_CONNECTION("sse.hub.max-streams-per-connection", "32"),
    DISPATCH_THREADS("sse.hub.dispatch-threads", "0"),
    DEMO_GENERATORS("sse.hub.demo.generators", "true"),
    /** Bearer token that lets {@code /api/metrics} and the drain switch be used from elsewhere than loopback. */
    METRICS_TOKEN("sse.hub.metrics-token", ""),
    /** Streams (comma-separated names) that get series of their own in {@code /api/metrics}; none by default. */
    METRICS_STREAMS("sse.hub.metrics.streams", ""),
    /** Seconds over which a draining node closes its open connections (undeploy, shutdown, {@code POST /api/health/drain}). */
    DRAIN_SECONDS("sse.hub.drain-seconds", "10"),
    /**
     * Redis for the multi-node backplane: {@code redis://[user:password@]host:port[/db]}, {@code rediss://} for
     * TLS, comma-separated seeds for a Redis Cluster; blank = single node, no Redis (issue 9, not wired yet).
     */
    REDIS_URL("sse.hub.redis.url", ""),
    /** Prefix of every Redis key and channel the hub uses, so several hubs can share one Redis. */
    REDIS_KEY_PREFIX("sse.hub.redis.key-prefix", "sse-hub:"),
    /**
     * JNDI names, comma-separated and tried in order, of the server's managed scheduled executor for
     * the hub's timer (the standard name, then TomEE's); none found or blank = a thread of its own.
     */
    SCHEDULER("sse.hub.scheduler",
            "java:comp/DefaultManagedScheduledExecutorService,openejb:Resource/Default Scheduled Executor Service");

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String envName() {
        return key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
