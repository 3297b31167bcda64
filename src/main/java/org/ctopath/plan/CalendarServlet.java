package org.ctopath.plan;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /calendar/<secret>.ics}: a learner's calendar for calendar programs, which cannot sign
 * in. The secret is the only key (looked up by its hash), so an unknown one gets a plain 404 and
 * nothing else. The answer is personal: no cache, shared or private, keeps a copy.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> calendar = path != null && path.matches("/[A-Za-z0-9_-]{1,64}\\.ics")
                ? feeds.calendar(path.substring(1, path.length() - ".ics".length())) : Optional.empty();
        if (calendar.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "No calendar at this address");
            return;
        }
        byte[] body = calendar.get().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
