package org.ssehub.it;

/**
 * {@link SlowConsumerIT} against {@code GET /api/rs/events}: JAX-RS sinks that never read are closed once
 * their backlog is full, the limit of {@code /api/events}, while healthy sinks get every event.
 */
class RsSlowConsumerIT extends SlowConsumerIT {

    /**
     * Not asserted here, and said so in the README: on Tomcat, sinks cut off while their blocking send
     * waited were still open 30 s after the cut-off (the sink is closed once that send returns); the
     * hub's cut-off and the healthy sinks' events are still checked. {@link RsStallCutOffIT} checks the close.
     */
    @Override
    boolean serverClosesStalledSockets() {
        return false;
    }

    @Override
    String eventsPath() {
        return "api/rs/events";
    }
}
