package org.ssehub.stream;

/** The hub holds as many streams as it is configured to; the client should retry later (503). */
public class HubFullException extends RuntimeException {

    public HubFullException(String message) {
        super(message);
    }
}
