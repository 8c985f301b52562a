package org.ssehub.bench.load;

/**
 * One publishing run: events accepted (2xx), publish requests that failed, and the rates asked for and
 * achieved (accepted events per second of the run).
 */
public record PublishResult(long accepted, long failed, double requestedRate, double achievedRate, double seconds) {

    public PublishResult plus(PublishResult other) {
        double totalSeconds = seconds + other.seconds;
        long totalAccepted = accepted + other.accepted;
        return new PublishResult(totalAccepted, failed + other.failed, requestedRate,
                totalSeconds == 0 ? 0 : totalAccepted / totalSeconds, totalSeconds);
    }
}
