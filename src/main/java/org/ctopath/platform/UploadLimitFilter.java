package org.ctopath.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a form upload larger than the Faces servlet takes (web.xml, multipart-config) with 413 and
 * a page that says so, before the container would fail on it with a server error. Smaller files that
 * are still too large for what they are for get a message next to their field from the page itself.
 */
@WebFilter(servletNames = "Faces Servlet")
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Equal to max-request-size in web.xml. */
    static final long MAX_REQUEST_BYTES = 11_534_336;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (tooLarge(request.getMethod(), request.getContentType(), request.getContentLengthLong())) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The upload is larger than " + MAX_REQUEST_BYTES / (1024 * 1024) + " MB.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean tooLarge(String method, String contentType, long contentLength) {
        return "POST".equalsIgnoreCase(method) && contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") && contentLength > MAX_REQUEST_BYTES;
    }
}
