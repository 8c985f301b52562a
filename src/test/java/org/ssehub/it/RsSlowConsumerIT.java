package org.ssehub.it;

/**
 * {@link SlowConsumerIT} against {@code GET /api/rs/events}: JAX-RS sinks that never read are closed once
 * their backlog is full, the limit of {@code /api/events}, while healthy sinks get every event.
 */
class RsSlowConsumerIT extends SlowConsumerIT {

    @Override
    String eventsPath() {
        return "api/rs/events";
    }
}
