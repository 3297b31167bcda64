package org.ctopath.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses a request body over {@link #MAX_BYTES} with 413: at once when it says its length, and
 * when it streams without one (chunked), as soon as it has sent more.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    /** Far more than any JSON body of the API; an Open Badges credential is a few kilobytes. */
    public static final int MAX_BYTES = 256 * 1024;

    static final String TOO_LARGE = "The body is larger than " + MAX_BYTES / 1024 + " KB.";

    /**
     * How much of a refused body is read and thrown away so that the client sees the 413: a server
     * that closes the connection with the body unread resets it (TCP RST), and the client gets a
     * broken connection instead of the answer. A body larger still is cut off.
     */
    static final long MAX_SWALLOWED = 8L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            if (request.getLength() <= MAX_SWALLOWED) {
                swallow(request.getEntityStream());
            }
            throw new ApiError(Status.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
        }
        request.setEntityStream(new Limited(request.getEntityStream()));
    }

    /** Reads and discards the rest of the body, at most {@link #MAX_SWALLOWED} bytes. */
    static void swallow(InputStream in) {
        byte[] buffer = new byte[8192];
        long total = 0;
        try {
            for (int n = in.read(buffer); n > 0 && total < MAX_SWALLOWED; n = in.read(buffer)) {
                total += n;
            }
        } catch (IOException e) {
            // the client went away; there is nobody to answer
        }
    }

    /** Counts what is read and stops past the limit. */
    static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                swallow(in);
                throw new ApiError(Status.REQUEST_ENTITY_TOO_LARGE, TOO_LARGE);
            }
        }
    }
}
