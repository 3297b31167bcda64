package org.ctopath.reporting;

import static org.ctopath.reporting.Column.Kind.COUNT;
import static org.ctopath.reporting.Column.Kind.DATE;
import static org.ctopath.reporting.Column.Kind.DECIMAL;
import static org.ctopath.reporting.Column.Kind.ID;
import static org.ctopath.reporting.Column.Kind.TEXT;
import static org.ctopath.reporting.Column.Kind.TIME;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ctopath.platform.Like;

/**
 * Every table the reports show and export: the summaries and the drill-down lists. Each wraps a body
 * from {@link ReportSql} with its order (a whitelist of sortable columns, then a unique tie-breaker),
 * an optional text filter on the person, and LIMIT/OFFSET for a page.
 */
public enum ReportTable {

    CERTIFICATIONS("certifications", "Certification progress", ReportSql::certifications, "code", "cert_id",
            col("cert_id", "Id", ID), col("code", "Code", TEXT), col("title", "Certification", TEXT),
            col("holders", "Hold it", COUNT), col("in_plan", "In a plan", COUNT), col("attempts", "Attempts", COUNT),
            col("failed", "Failed", COUNT), col("pass_rate", "Pass rate %", DECIMAL)),
    DESIGNATIONS("designations", "Designation progress", ReportSql::designations, "name", "designation_id",
            col("designation_id", "Id", ID), col("code", "Code", TEXT), col("name", "Designation", TEXT),
            col("required", "Certifications needed", COUNT), col("achieved", "Achieved", COUNT),
            col("started", "Hold at least one", COUNT)),
    CERTIFICATION_PEOPLE("certification-people", "People and the certification", ReportSql::certificationPeople, "person", "account_id",
            col("account_id", "Id", ID), sortable("person", "Person", TEXT), col("username", "Username", TEXT),
            sortable("team", "Team", TEXT), sortable("profile", "Target profile", TEXT), sortable("holds", "Holds it", TEXT),
            sortable("in_plan", "In a plan", TEXT), sortable("attempts", "Attempts", COUNT), sortable("failed", "Failed", COUNT),
            sortable("last_attempt", "Last attempt", DATE)),
    PLANS("plans", "Plan completion by team", ReportSql::plansByTeam, "team_path", "team_id",
            col("team_id", "Id", ID), col("team", "Team", TEXT), col("team_path", "Path", ID), col("plans", "Plans", COUNT),
            col("draft", "Draft", COUNT), col("waiting_for_review", "Waiting for review", COUNT), col("in_review", "In review", COUNT),
            col("active", "Active", COUNT), col("completed", "Completed", COUNT), col("archived", "Archived", COUNT),
            col("items", "Items", COUNT), col("done", "Items done", COUNT), col("percent_complete", "Percent complete", DECIMAL),
            col("on_track", "Active on track", COUNT), col("behind", "Active behind", COUNT)),
    PLAN_LIST("plan-list", "Plans", ReportSql::planList, "person", "plan_id",
            col("plan_id", "Id", ID), col("account_id", "Account", ID), sortable("person", "Person", TEXT), sortable("team", "Team", TEXT),
            sortable("title", "Plan", TEXT), sortable("state", "State", TEXT), sortable("created_at", "Created", TIME),
            sortable("items", "Items", COUNT), sortable("done", "Done", COUNT), sortable("percent_complete", "Percent complete", DECIMAL),
            sortable("progress", "Progress", TEXT)),
    HEATMAP("heatmap", "Skill heatmap", ReportSql::heatmap, "team_path", "team_id, r.position",
            col("team_id", "Id", ID), col("team", "Team", TEXT), col("team_path", "Path", ID), col("skill_id", "Skill id", ID),
            col("skill_code", "Skill code", TEXT), col("skill_name", "Skill", TEXT), col("position", "Position", ID),
            col("people", "People", COUNT), col("average_gap", "Average gap", DECIMAL), col("at_target", "At or above target", COUNT)),
    HEATMAP_PEOPLE("heatmap-people", "People and the skill", ReportSql::heatmapPeople, "gap DESC, r.person", "account_id",
            col("account_id", "Id", ID), sortable("person", "Person", TEXT), sortable("team", "Team", TEXT),
            col("skill_code", "Skill code", TEXT), col("skill_name", "Skill", TEXT), sortable("target", "Target", COUNT),
            sortable("current_level", "Current", COUNT), sortable("rated_by", "Rated by", TEXT), sortable("gap", "Gap", COUNT)),
    OVERDUE("overdue", "Overdue items by team and mentor", ReportSql::overdue, "team_path, r.mentor", "mentor_id",
            col("team_id", "Id", ID), col("team", "Team", TEXT), col("team_path", "Path", ID), col("mentor_id", "Mentor id", ID),
            col("mentor", "Mentor", TEXT), col("overdue_items", "Overdue items", COUNT), col("people", "People", COUNT),
            col("oldest_due", "Oldest due date", DATE)),
    OVERDUE_ITEMS("overdue-items", "Overdue items", ReportSql::overdueList, "due_date", "item_id",
            col("item_id", "Id", ID), col("account_id", "Account", ID), sortable("person", "Person", TEXT), sortable("team", "Team", TEXT),
            sortable("mentor", "Mentor", TEXT), sortable("item", "Item", TEXT), sortable("due_date", "Due", DATE),
            sortable("status", "Status", TEXT), sortable("percent_done", "Percent done", COUNT)),
    RENEWALS("renewals", "Renew-by dates of schemes renewed together (ITIL 4)", ReportSql::renewalFacts, "account_id", "scheme_id",
            col("scheme_id", "Id", ID), col("scheme", "Scheme", TEXT), col("holders", "Certified", COUNT), col("current", "Current", COUNT),
            col("renewal_due", "Renewal due within 90 days", COUNT), col("not_aligned", "Not aligned", COUNT)),
    RENEWAL_PEOPLE("renewal-people", "People and their renew-by dates", ReportSql::renewalFacts, "account_id", "scheme_id",
            col("account_id", "Id", ID), col("person", "Person", TEXT), col("team", "Team", TEXT), col("scheme", "Scheme", TEXT),
            col("renew_by", "Renew by", DATE), col("status", "Status", TEXT));

    /** What {@link ReportSql#renewalFacts} answers, which the renewal rule turns into {@link #RENEWALS} and {@link #RENEWAL_PEOPLE}. */
    static final List<Column> RENEWAL_FACTS = List.of(col("account_id", "Id", ID), col("person", "Person", TEXT),
            col("team", "Team", TEXT), col("scheme_id", "Scheme id", ID), col("scheme", "Scheme", TEXT),
            col("validity_months", "Validity", COUNT), col("points_per_year", "Points", COUNT), col("kind", "Kind", TEXT),
            col("on_day", "Day", DATE), col("points", "Points", DECIMAL), col("category", "Category", TEXT));

    private final String key;
    private final String title;
    private final Function<ReportFilter, Sql> body;
    private final String defaultOrder;
    private final String tieBreaker;
    private final List<Column> columns;

    ReportTable(String key, String title, Function<ReportFilter, Sql> body, String defaultOrder, String tieBreaker, Column... columns) {
        this.key = key;
        this.title = title;
        this.body = body;
        this.defaultOrder = defaultOrder;
        this.tieBreaker = tieBreaker;
        this.columns = List.of(columns);
    }

    private static Column col(String alias, String header, Column.Kind kind) {
        return new Column(alias, header, kind, false);
    }

    private static Column sortable(String alias, String header, Column.Kind kind) {
        return new Column(alias, header, kind, true);
    }

    public String getKey() {
        return key;
    }

    public String getTitle() {
        return title;
    }

    public List<Column> getColumns() {
        return columns;
    }

    /** Worked out from the facts by the renewal rule in Java, rather than read as they are. */
    public boolean isComputed() {
        return this == RENEWALS || this == RENEWAL_PEOPLE;
    }

    /** The columns the SQL answers. */
    List<Column> sqlColumns() {
        return isComputed() ? RENEWAL_FACTS : columns;
    }

    public List<Column> getShownColumns() {
        return columns.stream().filter(Column::isShown).toList();
    }

    public int index(String alias) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getAlias().equals(alias)) {
                return i;
            }
        }
        throw new IllegalArgumentException(alias);
    }

    public static Optional<ReportTable> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    private boolean hasPerson() {
        return columns.stream().anyMatch(c -> c.getAlias().equals("person"));
    }

    private Sql filtered(ReportFilter filter, String text) {
        Sql sql = new Sql().append("SELECT * FROM (").append(body.apply(filter)).append(") r");
        if (text != null && !text.isBlank() && hasPerson()) {
            sql.append(" WHERE LOWER(r.person) LIKE ?", Like.containing(text));
        }
        return sql;
    }

    /** Every row in the default order: the summaries, and the exports. */
    public Sql all(ReportFilter filter) {
        return filtered(filter, null).append(" ORDER BY r." + defaultOrder + ", r." + tieBreaker);
    }

    /** How many rows the list has with the text filter. */
    public Sql count(ReportFilter filter, String text) {
        return new Sql().append("SELECT COUNT(*) FROM (").append(filtered(filter, text)).append(") c");
    }

    /** One page, sorted by a column of the whitelist (anything else sorts by the default). */
    public Sql page(ReportFilter filter, String text, String sortBy, boolean ascending, int first, int size) {
        String order = columns.stream().filter(c -> c.isSortable() && c.getAlias().equals(sortBy)).findFirst()
                .map(c -> "r." + c.getAlias() + (ascending ? " ASC" : " DESC")).orElse("r." + defaultOrder);
        return filtered(filter, text).append(" ORDER BY " + order + ", r." + tieBreaker + " LIMIT ? OFFSET ?",
                Math.max(1, Math.min(size, 500)), Math.max(0, first));
    }
}
