package org.ctopath.platform;

/**
 * Something that is not there, or not the caller's to see (which must look the same): answered 404,
 * whatever the page or resource. Each capability's own "not there" exception extends it, so that
 * the error mapping ({@link Failure}) knows it without knowing the capability.
 */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
