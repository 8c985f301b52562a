package org.ssehub.web;

/** A request body over the configured limit: answered 413 by {@link PlainErrors}. */
public class TooLargeException extends RuntimeException {

    public TooLargeException(String message) {
        super(message);
    }
}
