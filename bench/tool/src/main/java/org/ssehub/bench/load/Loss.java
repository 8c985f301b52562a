package org.ssehub.bench.load;

/**
 * Loss over the subscribers of a pool for a numbered publisher: events missing (accepted by the server,
 * never received) and received twice, summed over subscribers, and how many subscribers had either.
 */
public record Loss(int subscribers, long missing, long duplicates, int subscribersAffected) {

    public static final Loss NONE = new Loss(0, 0, 0, 0);

    public boolean none() {
        return missing == 0 && duplicates == 0;
    }

    public Loss plus(Loss other) {
        return new Loss(subscribers + other.subscribers, missing + other.missing, duplicates + other.duplicates,
                subscribersAffected + other.subscribersAffected);
    }
}
