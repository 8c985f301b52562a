package org.ssehub.access;

/** A token that is missing, malformed, badly signed, of the wrong algorithm, expired or not yet valid. */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
