package org.ctopath.platform;

/** The caller lacks the role or relation this needs: answered 403, whatever the page or resource. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
