package org.ssehub.stream.redis;

/**
 * Redis could not be reached, or did not answer within the command timeout. Nothing was stored:
 * a publish that meets this must answer {@code 503} with {@code Retry-After}, never {@code 204}.
 */
public class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
