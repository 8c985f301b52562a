package org.ssehub.it;

/**
 * {@link StallCutOffIT} against {@code GET /api/rs/events}: a JAX-RS sink the server can send nothing to
 * is closed after the stall limit while a healthy sink of the same stream gets every event, and goes on.
 */
class RsStallCutOffIT extends StallCutOffIT {

    @Override
    String eventsPath() {
        return "api/rs/events";
    }
}
