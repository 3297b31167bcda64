package org.ctopath.reporting;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.certification.RenewalStatus;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.people.TeamOptions;
import org.ctopath.platform.Messages;
import org.ctopath.platform.Option;
import org.ctopath.platform.ScriptJson;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The report pages under {@code /admin/reports/}: the filters come as GET parameters (bookmarkable,
 * and carried by the export links and the drill-down links), the summary tables are read whole (one
 * row per certification, team, team and skill, team and mentor), the drill-down list a page at a time.
 */
@Named("report")
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The four report pages: what each shows first, and the list a row opens. */
    public enum Kind {
        CERTIFICATIONS("certifications", ReportTable.CERTIFICATION_PEOPLE, ReportTable.CERTIFICATIONS, ReportTable.DESIGNATIONS,
                ReportTable.RENEWALS),
        PLANS("plans", ReportTable.PLAN_LIST, ReportTable.PLANS),
        HEATMAP("heatmap", ReportTable.HEATMAP_PEOPLE, ReportTable.HEATMAP),
        OVERDUE("overdue", ReportTable.OVERDUE_ITEMS, ReportTable.OVERDUE);

        private final String page;
        private final ReportTable drill;
        private final List<ReportTable> summaries;

        Kind(String page, ReportTable drill, ReportTable... summaries) {
            this.page = page;
            this.drill = drill;
            this.summaries = List.of(summaries);
        }

        public String getPage() {
            return page;
        }

        public ReportTable getDrill() {
            return drill;
        }

        public List<ReportTable> getSummaries() {
            return summaries;
        }

        /** The heatmap compares people with one profile's targets: CTO unless another is chosen. */
        ReportFilter defaults(ReportFilter filter) {
            return this == HEATMAP && filter.getProfile() == null ? filter.withProfile("CTO") : filter;
        }

        boolean drilled(ReportFilter f) {
            return switch (this) {
                case CERTIFICATIONS -> f.getCert() != null;
                case PLANS -> f.getInTeam() != null;
                case HEATMAP -> f.getSkill() != null;
                case OVERDUE -> f.getInTeam() != null || f.getMentor() != null;
            };
        }
    }

    @Inject
    ReportRunner runner;

    @Inject
    Teams teams;


    @Inject
    AssessmentService assessment;

    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Kind kind;
    private ReportFilter filter = ReportFilter.none();
    private boolean valid;
    /**
     * The summary rows, for rendering the page: transient, because the session (which holds view-scoped
     * beans) is serialized after every request (the application is distributable), and a report's rows
     * there cost every later request. A postback only pages the drill-down, which needs none of them.
     */
    private transient Map<ReportTable, List<ReportRow>> summaries = new EnumMap<>(ReportTable.class);
    private DrillPages drill;
    private List<Option> teamOptions;
    private List<Option> profileOptions;

    public void load(String page) {
        kind = Kind.valueOf(page.toUpperCase());
        heatmapRows = null;
        teamOptions = TeamOptions.of(teams);
        profileOptions = assessment.profilesToChoose().stream().map(p -> new Option(p.getCode(), p.getName())).toList();
        try {
            filter = kind.defaults(ReportFilter.parse(parameters::get));
            valid = true;
        } catch (ReportFilter.BadFilter e) {
            Messages.error(e.getMessage());
            return;
        }
        List<String> unknown = runner.unknownIn(filter);
        unknown.forEach(Messages::error);
        valid = unknown.isEmpty();
        if (!valid) {
            return;
        }
        for (ReportTable table : kind.getSummaries()) {
            show(table, runner.rows(table, table.all(filter.filtersOnly())));
        }
        if (kind.drilled(filter)) {
            drill = new DrillPages(kind.getDrill(), filter);
        }
        if (kind == Kind.CERTIFICATIONS && filter.getScheme() != null) {
            List<ReportRow> due = new ArrayList<>();
            runner.stream(ReportTable.RENEWAL_PEOPLE, ReportTable.RENEWAL_PEOPLE.all(filter), row -> {
                if (!RenewalStatus.CURRENT.getLabel().equals(row.get("status"))) {
                    due.add(row);
                }
            });
            due.sort(java.util.Comparator.comparing(r -> (java.time.LocalDate) r.get("renew_by")));
            renewalPeople = due.subList(0, Math.min(due.size(), RENEWAL_LIST_LIMIT));
            renewalPeopleTotal = due.size();
        }
    }

    /** The people whose renewal is due or past, soonest first; the export has everyone. */
    static final int RENEWAL_LIST_LIMIT = 200;
    private transient List<ReportRow> renewalPeople;
    private int renewalPeopleTotal;

    public List<ReportRow> getRenewalPeople() {
        return renewalPeople;
    }

    public int getRenewalPeopleTotal() {
        return renewalPeopleTotal;
    }

    public boolean isRenewalsOpen() {
        return renewalPeople != null;
    }


    // Parameters (f:viewParam) ---------------------------------------------------------------------

    public Map<String, String> getParameters() {
        return parameters;
    }

    public boolean isValid() {
        return valid;
    }

    public String getTeam() {
        return parameters.get("team");
    }

    /** The first row of the long summaries (heatmap teams, overdue team and mentor rows) shown; 0 when absent or not a number. */
    public String getAt() {
        return at == 0 ? null : Integer.toString(at);
    }

    public void setAt(String value) {
        try {
            at = value == null || value.isBlank() ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            at = 0;
        }
    }

    public void setTeam(String value) {
        parameters.put("team", value);
    }

    public String getProfile() {
        return parameters.get("profile");
    }

    public void setProfile(String value) {
        parameters.put("profile", value);
    }

    public String getFrom() {
        return parameters.get("from");
    }

    public void setFrom(String value) {
        parameters.put("from", value);
    }

    public String getTo() {
        return parameters.get("to");
    }

    public void setTo(String value) {
        parameters.put("to", value);
    }

    public String getInTeam() {
        return parameters.get("inTeam");
    }

    public void setInTeam(String value) {
        parameters.put("inTeam", value);
    }

    public String getCert() {
        return parameters.get("cert");
    }

    public void setCert(String value) {
        parameters.put("cert", value);
    }

    public String getSkill() {
        return parameters.get("skill");
    }

    public void setSkill(String value) {
        parameters.put("skill", value);
    }

    public String getScheme() {
        return parameters.get("scheme");
    }

    public void setScheme(String value) {
        parameters.put("scheme", value);
    }

    public String getMentor() {
        return parameters.get("mentor");
    }

    public void setMentor(String value) {
        parameters.put("mentor", value);
    }

    public List<Option> getTeamOptions() {
        return teamOptions;
    }

    public List<Option> getProfileOptions() {
        return profileOptions;
    }

    public String getProfileShown() {
        return filter.getProfile();
    }

    // Tables ---------------------------------------------------------------------------------------

    public List<ReportRow> rows(String table) {
        return summaries == null ? List.of() : summaries.getOrDefault(ReportTable.byKey(table).orElseThrow(), List.of());
    }

    /** Keeps a summary table's rows for rendering. */
    void show(ReportTable table, List<ReportRow> rows) {
        if (summaries == null) {
            summaries = new EnumMap<>(ReportTable.class);
        }
        summaries.put(table, rows);
    }

    // Long summaries, a page of rows at a time ------------------------------------------------------

    /**
     * Summary rows a page shows at once where there can be many (a heatmap row per team, an overdue row
     * per team and mentor): the database aggregates them all (the chart and the exports need them), the
     * page renders these many, which is where the time of a page with hundreds of rows went.
     */
    static final int SUMMARY_PAGE = 25;
    private int at;

    /** The overdue rows of the page shown. */
    public List<ReportRow> getOverdueRows() {
        return slice(rows("overdue"));
    }

    /** How many rows the long summary of this page has in all. */
    public int getSummaryTotal() {
        return kind == Kind.HEATMAP ? heatmapRows().size() : rows("overdue").size();
    }

    public int getSummaryFirst() {
        return Math.min(shownFrom(getSummaryTotal()) + 1, getSummaryTotal());
    }

    public int getSummaryLast() {
        return Math.min(shownFrom(getSummaryTotal()) + SUMMARY_PAGE, getSummaryTotal());
    }

    /** This page with its filters (and drill-down) and the long summary from row {@code from}; null where there is no such page. */
    private String summaryHref(int from) {
        Map<String, String> params = new LinkedHashMap<>(filter.asParameters());
        if (from > 0) {
            params.put("at", Integer.toString(from));
        }
        return href(params);
    }

    public String getPreviousSummaryHref() {
        int from = shownFrom(getSummaryTotal());
        return from == 0 ? null : summaryHref(Math.max(0, from - SUMMARY_PAGE));
    }

    public String getNextSummaryHref() {
        int from = shownFrom(getSummaryTotal());
        return from + SUMMARY_PAGE >= getSummaryTotal() ? null : summaryHref(from + SUMMARY_PAGE);
    }

    /** The first row shown: the one asked for, or the last page's first when that is past the end. */
    private int shownFrom(int total) {
        if (at < total) {
            return at - at % SUMMARY_PAGE;
        }
        return total == 0 ? 0 : (total - 1) / SUMMARY_PAGE * SUMMARY_PAGE;
    }

    private <T> List<T> slice(List<T> all) {
        int from = shownFrom(all.size());
        return all.subList(from, Math.min(all.size(), from + SUMMARY_PAGE));
    }

    public ReportTable table(String key) {
        return ReportTable.byKey(key).orElseThrow();
    }

    public boolean isDrilled() {
        return drill != null;
    }

    public LazyDataModel<ReportRow> getDrill() {
        return drill;
    }

    public ReportTable getDrillTable() {
        return kind.getDrill();
    }

    /** What the drill-down list is of, in words. */
    public String getDrillTitle() {
        if (drill == null) {
            return "";
        }
        return switch (kind) {
            case CERTIFICATIONS -> "People with " + rows("certifications").stream().filter(r -> filter.getCert().equals(r.get("cert_id")))
                    .map(r -> (String) r.get("title")).findFirst().orElse("certification " + filter.getCert());
            case PLANS -> "Plans in " + teamName(filter.getInTeam());
            case HEATMAP -> "People in " + (filter.getInTeam() == null ? "every team" : teamName(filter.getInTeam())) + ": "
                    + rows("heatmap").stream().filter(r -> filter.getSkill().equals(r.get("skill_id")))
                    .map(r -> (String) r.get("skill_name")).findFirst().orElse("skill " + filter.getSkill());
            case OVERDUE -> "Overdue items" + (filter.getInTeam() == null ? "" : " in " + teamName(filter.getInTeam()))
                    + (filter.getMentor() == null ? "" : filter.getMentor() == 0 ? " without a mentor" : " mentored by "
                    + rows("overdue").stream().filter(r -> filter.getMentor().equals(r.get("mentor_id")))
                    .map(r -> (String) r.get("mentor")).findFirst().orElse("mentor " + filter.getMentor()));
        };
    }

    private String teamName(Long id) {
        return id == 0 ? "no team" : teams.find(id).map(Team::getName).orElse("team " + id);
    }

    // Links ----------------------------------------------------------------------------------------

    private String base() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** The drill-down of a summary row: this page with the filters and the row. */
    public String drillHref(String table, ReportRow row) {
        ReportFilter f = filter.filtersOnly();
        Map<String, String> params = new LinkedHashMap<>(f.asParameters());
        switch (ReportTable.byKey(table).orElseThrow()) {
            case CERTIFICATIONS -> params.put("cert", row.get("cert_id").toString());
            case RENEWALS -> params.put("scheme", row.get("scheme_id").toString());
            case PLANS -> params.put("inTeam", row.get("team_id").toString());
            case OVERDUE -> {
                params.put("inTeam", row.get("team_id").toString());
                params.put("mentor", row.get("mentor_id").toString());
            }
            default -> throw new IllegalArgumentException(table);
        }
        return href(params);
    }

    public String cellHref(HeatmapRow row, HeatmapCell cell) {
        Map<String, String> params = new LinkedHashMap<>(filter.filtersOnly().asParameters());
        params.put("inTeam", Long.toString(row.getTeamId()));
        params.put("skill", Long.toString(cell.getSkillId()));
        return href(params);
    }

    private String href(Map<String, String> params) {
        return base() + "/admin/reports/" + kind.getPage() + ".xhtml?" + params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String personHref(Object accountId) {
        return base() + "/admin/people/person.xhtml?id=" + accountId;
    }

    /** The export of a table as the page shows it: the same filters, and the drill-down's row. */
    public String exportHref(String table, String format) {
        ReportTable chosen = ReportTable.byKey(table).orElseThrow();
        ReportFilter f = chosen == kind.getDrill() ? filter : filter.filtersOnly();
        if (chosen == ReportTable.RENEWAL_PEOPLE) {
            f = new ReportFilter(f.getTeam(), f.getProfile(), f.getFrom(), f.getTo(), null, null, null, null, filter.getScheme());
        }
        String query = f.query();
        return base() + "/admin/reports/export/" + table + "." + format + (query.isEmpty() ? "" : "?" + query);
    }

    // Charts (PrimeFaces p:chart takes a Chart.js configuration as JSON, written into a script, so
    // every configuration goes through ScriptJson: team names and codes are anyone's text) -----------

    public String getChart() {
        if (!valid) {
            return "{}";
        }
        return switch (kind) {
            case CERTIFICATIONS -> bars("certifications", "code", new String[] {"holders", "in_plan", "failed"},
                    new String[] {"Hold it", "In a plan", "Failed attempts"}, false);
            case PLANS -> bars("plans", "team", new String[] {"on_track", "behind"}, new String[] {"Active on track", "Active behind"}, true);
            case OVERDUE -> overdueByTeam();
            case HEATMAP -> "{}";
        };
    }

    public String getStateChart() {
        List<String> states = List.of("draft", "waiting_for_review", "in_review", "active", "completed", "archived");
        List<String> labels = List.of("Draft", "Waiting for review", "In review", "Active", "Completed", "Archived");
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (String state : states) {
            data.add(rows("plans").stream().mapToLong(r -> r.count(state)).sum());
        }
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        return ScriptJson.of(Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labelArray)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", "Plans").add("data", data)
                                .add("backgroundColor", colours(6)))))
                .add("options", Json.createObjectBuilder().add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "Plans by state"))))
                .build());
    }

    private String overdueByTeam() {
        Map<String, Long> byTeam = new LinkedHashMap<>();
        rows("overdue").forEach(r -> byTeam.merge((String) r.get("team"), r.count("overdue_items"), Long::sum));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        byTeam.forEach((team, n) -> {
            labels.add(team);
            data.add(n);
        });
        return chart("bar", labels, Json.createArrayBuilder().add(dataset("Overdue items", data, 0)), false);
    }

    private String bars(String table, String labelColumn, String[] columns, String[] names, boolean stacked) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows(table).forEach(r -> labels.add(String.valueOf(r.get(labelColumn))));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < columns.length; i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            String column = columns[i];
            rows(table).forEach(r -> data.add(r.count(column)));
            datasets.add(dataset(names[i], data, i));
        }
        return chart("bar", labels, datasets, stacked);
    }

    private static final String[] PALETTE = {"#2e7d32", "#1565c0", "#c62828", "#f9a825", "#6a1b9a", "#546e7a"};

    private static JsonArrayBuilder colours(int n) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (int i = 0; i < n; i++) {
            out.add(PALETTE[i % PALETTE.length]);
        }
        return out;
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, int colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", PALETTE[colour % PALETTE.length]);
    }

    static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean stacked) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
        if (stacked) {
            options.add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true)));
        }
        return ScriptJson.of(Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build());
    }

    // Heatmap --------------------------------------------------------------------------------------

    /** A skill column of the heatmap. */
    public static final class HeatmapSkill implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String code;
        private final String name;

        HeatmapSkill(long id, String code, String name) {
            this.id = id;
            this.code = code;
            this.name = name;
        }

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** A cell: the average gap of a team in a skill and how many are at or above target. */
    public static final class HeatmapCell implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long skillId;
        private final BigDecimal averageGap;
        private final long atTarget;
        private final long people;

        HeatmapCell(long skillId, BigDecimal averageGap, long atTarget, long people) {
            this.skillId = skillId;
            this.averageGap = averageGap;
            this.atTarget = atTarget;
            this.people = people;
        }

        public long getSkillId() {
            return skillId;
        }

        public BigDecimal getAverageGap() {
            return averageGap;
        }

        public long getAtTarget() {
            return atTarget;
        }

        public long getPeople() {
            return people;
        }

        /** The colour band: 0 at target, up to 1 close, up to 2 some way, beyond that far. */
        public String getBand() {
            if (averageGap == null) {
                return "gap-none";
            }
            double gap = averageGap.doubleValue();
            return gap == 0 ? "gap-0" : gap <= 1 ? "gap-1" : gap <= 2 ? "gap-2" : "gap-3";
        }
    }

    /** A team's row of the heatmap. */
    public static final class HeatmapRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long teamId;
        private final String team;
        private final List<HeatmapCell> cells = new ArrayList<>();

        HeatmapRow(long teamId, String team) {
            this.teamId = teamId;
            this.team = team;
        }

        public long getTeamId() {
            return teamId;
        }

        public String getTeam() {
            return team;
        }

        public List<HeatmapCell> getCells() {
            return cells;
        }
    }

    public List<HeatmapSkill> getHeatmapSkills() {
        Map<Long, HeatmapSkill> skills = new LinkedHashMap<>();
        rows("heatmap").stream().sorted(java.util.Comparator.comparingLong(r -> r.count("position")))
                .forEach(r -> skills.putIfAbsent((Long) r.get("skill_id"),
                        new HeatmapSkill((Long) r.get("skill_id"), (String) r.get("skill_code"), (String) r.get("skill_name"))));
        return new ArrayList<>(skills.values());
    }

    /** The heatmap's team rows of the page shown. */
    public List<HeatmapRow> getHeatmapRows() {
        return slice(heatmapRows());
    }

    private transient List<HeatmapRow> heatmapRows;

    /** Every team row of the heatmap, worked out once from the summary. */
    private List<HeatmapRow> heatmapRows() {
        if (heatmapRows == null) {
            heatmapRows = allHeatmapRows();
        }
        return heatmapRows;
    }

    private List<HeatmapRow> allHeatmapRows() {
        List<HeatmapSkill> skills = getHeatmapSkills();
        Map<Long, HeatmapRow> teamsById = new LinkedHashMap<>();
        Map<String, ReportRow> cells = new LinkedHashMap<>();
        for (ReportRow r : rows("heatmap")) {
            teamsById.putIfAbsent((Long) r.get("team_id"), new HeatmapRow((Long) r.get("team_id"), (String) r.get("team")));
            cells.put(r.get("team_id") + ":" + r.get("skill_id"), r);
        }
        for (HeatmapRow row : teamsById.values()) {
            for (HeatmapSkill skill : skills) {
                ReportRow r = cells.get(row.getTeamId() + ":" + skill.getId());
                row.getCells().add(r == null ? new HeatmapCell(skill.getId(), null, 0, 0)
                        : new HeatmapCell(skill.getId(), (BigDecimal) r.get("average_gap"), r.count("at_target"), r.count("people")));
            }
        }
        return new ArrayList<>(teamsById.values());
    }

    // The drill-down list, one page at a time ------------------------------------------------------

    static final class DrillPages extends LazyDataModel<ReportRow> {
        private static final long serialVersionUID = 1L;
        private final ReportTable table;
        private final ReportFilter filter;

        DrillPages(ReportTable table, ReportFilter filter) {
            this.table = table;
            this.filter = filter;
        }

        private static ReportRunner runner() {
            return CDI.current().select(ReportRunner.class).get();
        }

        private static String text(Map<String, FilterMeta> filterBy) {
            FilterMeta person = filterBy == null ? null : filterBy.get("person");
            return person == null || person.getFilterValue() == null ? null : person.getFilterValue().toString();
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(runner().count(table.count(filter, text(filterBy))));
        }

        @Override
        public List<ReportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
            return runner().rows(table, table.page(filter, text(filterBy), sort == null ? null : sort.getField(),
                    sort == null || sort.getOrder() != SortOrder.DESCENDING, first, pageSize));
        }

        @Override
        public String getRowKey(ReportRow row) {
            return String.valueOf(row.get(table.getColumns().get(0).getAlias()));
        }
    }
}
