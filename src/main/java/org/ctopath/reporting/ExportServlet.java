package org.ctopath.reporting;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /admin/reports/export/<table>.<csv|xlsx|pdf>?<the page's filters>}: a report table as a file,
 * streamed from the database as it is written (ADMIN only: it lies under /admin/). Bad parameters
 * answer 400 with the reason.
 */
@WebServlet("/admin/reports/export/*")
public class ExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("/([a-z-]+)\\.([a-z]+)");

    @Inject
    ReportRunner runner;


    /** 400 with the reason as the body, in words (the error pages would hide it behind "something went wrong"). */
    private static void badRequest(HttpServletResponse response, String reason) throws IOException {
        response.setStatus(400);
        response.setContentType("text/plain; charset=UTF-8");
        response.getWriter().println(reason);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!name.matches()) {
            response.sendError(404, "No such export.");
            return;
        }
        Optional<ReportTable> table = ReportTable.byKey(name.group(1));
        Optional<Export> format = Export.byExtension(name.group(2));
        if (table.isEmpty() || format.isEmpty()) {
            response.sendError(404, "No such export: " + name.group(1) + "." + name.group(2));
            return;
        }
        ReportFilter filter;
        Sql sql;
        try {
            filter = ReportFilter.parse(request::getParameter);
            if (table.get() == ReportTable.HEATMAP || table.get() == ReportTable.HEATMAP_PEOPLE) {
                filter = ReportPage.Kind.HEATMAP.defaults(filter);
            }
            sql = table.get().all(filter);
        } catch (ReportFilter.BadFilter e) {
            badRequest(response, e.getMessage());
            return;
        }
        List<String> unknown = runner.unknownIn(filter);
        if (!unknown.isEmpty()) {
            badRequest(response, String.join(" ", unknown));
            return;
        }
        response.setContentType(format.get().getContentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + table.get().getKey() + "." + format.get().getExtension() + "\"");
        String subtitle = "Filters: " + (filter.query().isEmpty() ? "none" : filter.query().replace("&", ", "));
        OutputStream out = response.getOutputStream();
        try (Export.Writer writer = format.get().open(table.get(), subtitle, out)) {
            runner.stream(table.get(), sql, writer);
        }
        out.flush();
    }
}
