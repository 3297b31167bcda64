package org.ctopath.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The same mapping as {@link ErrorHandling} for what is not a Faces page (file downloads, the
 * calendar, badges, exports): a failure that leaves a servlet becomes the error page of its
 * status, logged as {@link Failure} says, instead of the container's log entry with a stack trace
 * for every refusal.
 */
@WebFilter(filterName = "errors", urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class ErrorFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            Failure.Kind kind = Failure.kind(failure, false);
            String reference = kind.expected() ? null : Failure.newReference();
            Failure.log(kind, failure, request.getMethod() + " " + request.getRequestURI(), request.getRemoteUser(), reference);
            if (response.isCommitted()) {
                return;
            }
            response.reset();
            if (reference != null) {
                request.setAttribute(Failure.REFERENCE, reference);
            }
            if (kind == Failure.Kind.UNAVAILABLE) {
                response.setHeader("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
            }
            response.sendError(kind == Failure.Kind.CHANGED_MEANWHILE || kind == Failure.Kind.INVALID_INPUT || kind == Failure.Kind.EXPIRED
                    ? 400 : kind.status());
        }
    }
}
