package org.ssehub.broadcast;

/** What {@code onError} listeners get: why the hub ended a sink (a failed send, a cut-off, a client that left). */
public class SinkEndedException extends RuntimeException {

    public SinkEndedException(String reason) {
        super(reason);
    }
}
