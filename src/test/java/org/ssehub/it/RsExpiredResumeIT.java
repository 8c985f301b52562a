package org.ssehub.it;

/** {@link ExpiredResumeIT} against {@code GET /api/rs/events}: an id that left the window is signalled, then what is retained. */
class RsExpiredResumeIT extends ExpiredResumeIT {

    @Override
    String eventsPath() {
        return "api/rs/events";
    }
}
