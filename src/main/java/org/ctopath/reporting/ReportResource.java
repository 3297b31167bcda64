package org.ctopath.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.ApiError;
import org.ctopath.api.Page;
import org.ctopath.api.Window;
import org.ctopath.identity.Role;
import org.ctopath.platform.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/reports}: the tables behind the report pages, for administrators, filtered as the
 * pages and exports filter them and read one page at a time.
 */
@Path("reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "The reporting tables (administrators only).")
public class ReportResource {

    public record ColumnView(String name, String header, Column.Kind kind, boolean sortable) {
    }

    public record Table(String key, String title, List<ColumnView> columns) {
        static Table of(ReportTable table) {
            return new Table(table.getKey(), table.getTitle(), table.getColumns().stream()
                    .map(c -> new ColumnView(c.getAlias(), c.getHeader(), c.getKind(), c.isSortable())).toList());
        }
    }

    @Inject
    ApiCaller caller;

    @Inject
    ReportRunner runner;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The report tables",
            description = "Every table one can read at /reports/{table}, with its columns: name, header, kind (ID, COUNT, DECIMAL, TEXT,"
                    + " DATE, TIME) and whether it sorts.")
    public List<Table> tables() {
        caller.require(Role.ADMIN);
        return Arrays.stream(ReportTable.values()).map(Table::of).toList();
    }

    @GET
    @Path("{table}")
    @Operation(summary = "A page of a report table",
            description = "The rows of a report table, each an object of its columns, filtered by the same parameters as the report"
                    + " pages and exports (team and inTeam are team ids, profile a role profile code, from and to ISO dates, cert,"
                    + " skill, mentor and scheme ids), in the table's order or sorted by a sortable column. A malformed filter or one"
                    + " naming a team or profile that is not there is 400 naming the parameter.")
    public Page<Map<String, Object>> table(
            @Parameter(description = "The table's key, such as plans or overdue-items.") @PathParam("table") String key,
            @Parameter(description = "Team id: people of this team and the teams below it.") @QueryParam("team") String team,
            @Parameter(description = "Role profile code.") @QueryParam("profile") String profile,
            @Parameter(description = "From this day (ISO date).") @QueryParam("from") String from,
            @Parameter(description = "Up to this day (ISO date).") @QueryParam("to") String to,
            @Parameter(description = "Team id of a drill-down row.") @QueryParam("inTeam") String inTeam,
            @Parameter(description = "Certification id of a drill-down.") @QueryParam("cert") String cert,
            @Parameter(description = "Skill id of a drill-down.") @QueryParam("skill") String skill,
            @Parameter(description = "Mentor (account) id of a drill-down.") @QueryParam("mentor") String mentor,
            @Parameter(description = "Certification scheme id.") @QueryParam("scheme") String scheme,
            @Parameter(description = "Only rows whose person's name contains this text (tables with a person).")
            @QueryParam("q") String text,
            @Parameter(description = "A sortable column to sort by.") @QueryParam("sort") String sort,
            @Parameter(description = "Sort descending.") @QueryParam("desc") boolean descending,
            @Parameter(description = "Where the page starts, from 0.") @QueryParam("offset") String offset,
            @Parameter(description = "How many rows at most, 1 to 100 (20 if not given).") @QueryParam("limit") String limit) {
        caller.require(Role.ADMIN);
        ReportTable table = ReportTable.byKey(key).orElseThrow(() -> ApiError.notFound("There is no report table " + key + "."));
        Window window = Window.parse(offset, limit);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (sort != null && table.getColumns().stream().noneMatch(c -> c.isSortable() && c.getAlias().equals(sort))) {
            problems.add("sort", "Sort by one of " + table.getColumns().stream().filter(Column::isSortable).map(Column::getAlias).toList()
                    + ".");
        }
        if (text != null && text.length() > 100) {
            problems.add("q", "At most 100 characters.");
        }
        problems.throwIfAny();
        ReportFilter filter = ReportFilter.parse(name -> uri.getQueryParameters().getFirst(name));
        for (String unknown : runner.unknownIn(filter)) {
            problems.add(unknown.contains(" team ") ? "team" : "profile", unknown);
        }
        problems.throwIfAny();
        List<Map<String, Object>> items = new ArrayList<>();
        long total;
        if (table.isComputed()) {
            // worked out in Java from all the facts: paged here
            List<ReportRow> all = new ArrayList<>(runner.rows(table, table.all(filter)));
            if (text != null && !text.isBlank() && table.getColumns().stream().anyMatch(c -> c.getAlias().equals("person"))) {
                String wanted = text.toLowerCase(java.util.Locale.ROOT);
                all.removeIf(r -> r.get("person") == null
                        || !String.valueOf(r.get("person")).toLowerCase(java.util.Locale.ROOT).contains(wanted));
            }
            total = all.size();
            all.stream().skip(window.offset()).limit(window.limit()).forEach(r -> items.add(values(table, r)));
        } else {
            total = runner.count(table.count(filter, text));
            runner.rows(table, table.page(filter, text, sort, !descending, window.offset(), window.limit()))
                    .forEach(r -> items.add(values(table, r)));
        }
        return window.page(items, total);
    }

    private static Map<String, Object> values(ReportTable table, ReportRow row) {
        Map<String, Object> values = new LinkedHashMap<>();
        table.getColumns().forEach(c -> values.put(c.getAlias(), row.get(c.getAlias())));
        return values;
    }
}
