package org.ssehub.stream;

/**
 * What an operator watches of the Redis backplane on this node (issue 10), read at scrape time: whether
 * the node reaches Redis, how many calls failed, how far behind the publishes its live feed delivers,
 * and how often it had to tell subscribers it could not prove there was no gap.
 */
public interface Backplane {

    /** Whether both the command connection and the live feed's Pub/Sub connection are open now. */
    boolean up();

    /** Redis calls that failed since the start (publishes, replays, figures, the feed's catch-ups). */
    long failedCalls();

    /** Events the live feed delivered to this node since the start. */
    long feedEvents();

    /** Summed over {@link #feedEvents()}: milliseconds from each publish (Redis's clock) to its delivery here. */
    long feedLagMillisTotal();

    /** The lag of the last event the feed delivered, in milliseconds; 0 before the first. */
    long lastFeedLagMillis();

    /** Announcements waiting for the feed's thread. */
    int feedBacklog();

    /** {@code hub-reset} signals the feed raised for a stream because it could not prove there was no gap. */
    long resets();
}
