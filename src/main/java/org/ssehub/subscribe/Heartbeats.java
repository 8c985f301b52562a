package org.ssehub.subscribe;

import org.ssehub.stream.Frames;

/**
 * What the heartbeat timer does to each connection: cuts it off if the {@link SlowClientPolicy} says
 * it stalled; else queues a comment if nothing was written for the idle interval, on which a dead
 * client fails (the only sign of one every container gives). Runs on the timer thread only.
 */
final class Heartbeats {

    private static final byte[] HEARTBEAT = Frames.comment("keepalive");
    /**
     * An empty write, one timer tick after a heartbeat. Grizzly (Payara) completes a non-blocking
     * write before the socket has taken it and reports a failure only on the next write or flush;
     * without this a dead client would outlive one more heartbeat there than on Tomcat or TomEE.
     * An empty write costs nothing on a live connection.
     */
    private static final byte[] PROBE = new byte[0];

    private final long idleNanos;

    Heartbeats(long idleNanos) {
        this.idleNanos = idleNanos;
    }

    void check(Connection connection, long nowNanos) {
        ConnectionWriter writer = connection.writer();
        if (writer.isEnding()) {
            return;
        }
        SlowClientPolicy.Decision decision = connection.policy().check(writer.blockedSinceNanos(), nowNanos);
        if (!decision.keep()) {
            connection.end(decision.cutOffReason());
            return;
        }
        if (!connection.backlog().isEmpty()) {
            return;
        }
        if (nowNanos - writer.lastWriteNanos() >= idleNanos) {
            beat(connection);
        } else if (connection.probeDue) {
            connection.probeDue = false;
            connection.backlog().addFrame(PROBE);
            writer.writeSoon();
        }
    }

    /** Queues a comment and has it written: on a dead client the write fails, which ends the connection. */
    void beat(Connection connection) {
        connection.backlog().addFrame(HEARTBEAT);
        connection.probeDue = true;
        connection.writer().writeSoon();
    }
}
