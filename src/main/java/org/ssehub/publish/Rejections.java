package org.ssehub.publish;

import jakarta.ws.rs.WebApplicationException;
import org.ssehub.metrics.HubCounters.Rejection;
import org.ssehub.stream.HubFullException;
import org.ssehub.web.TooLargeException;

/** Why a publish over HTTP was refused, from what was thrown, for the metrics' {@code reason} label. */
final class Rejections {

    private Rejections() {
    }

    static Rejection of(RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            return Rejection.INVALID;
        }
        if (e instanceof TooLargeException) {
            return Rejection.TOO_LARGE;
        }
        if (e instanceof HubFullException) {
            return Rejection.NODE_FULL;
        }
        if (e instanceof WebApplicationException web) {
            return switch (web.getResponse().getStatus()) {
                case 400 -> Rejection.INVALID;
                case 401 -> Rejection.UNAUTHORIZED;
                case 403 -> Rejection.FORBIDDEN;
                case 413 -> Rejection.TOO_LARGE;
                case 503 -> Rejection.NODE_FULL;
                default -> Rejection.OTHER;
            };
        }
        return Rejection.OTHER;
    }
}
