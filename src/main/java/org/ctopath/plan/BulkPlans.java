package org.ctopath.plan;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.GapAnalysis;
import org.ctopath.assessment.RatingSource;
import org.ctopath.assessment.Recommender;
import org.ctopath.catalogue.CatalogueService;
import org.ctopath.catalogue.PrerequisiteGraph;
import org.ctopath.catalogue.ResourceKind;
import org.ctopath.competency.RoleProfile;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.platform.Database;
import org.ctopath.platform.IdBlocks;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.UtcTime;
import org.ctopath.platform.Restricted;

/**
 * A plan from their gaps for every active learner (of a team and the teams inside it, or of all)
 * who has no current plan, in one request and set-based: a handful of queries load everyone's
 * targets, ratings, completed items and the catalogue, {@link GapPlan} (the rule of
 * {@link PlanService#createForGaps}) chooses and schedules each plan, and batched inserts store them.
 * Learners without an open gap get no plan.
 */
@ApplicationScoped
@Restricted("ADMIN")
public class BulkPlans {

    /** What a bulk run made. */
    public record Outcome(int plans, int items, int withoutGaps, long millis) {

        public String describe() {
            return "Made " + plans + (plans == 1 ? " plan" : " plans") + " with " + items + " items"
                    + (withoutGaps == 0 ? "" : "; " + withoutGaps + (withoutGaps == 1 ? " learner has" : " learners have") + " no open gap and got none")
                    + " (" + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0) + " s).";
        }
    }

    /** A plan to store. */
    public record NewPlan(long accountId, String title, List<GapPlan.Item> items) {
    }

    private record Learner(long id, Long profileId) {
    }

    private static final String CURRENT = "'DRAFT', 'WAITING_FOR_REVIEW', 'IN_REVIEW', 'ACTIVE'";

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    CatalogueService catalogue;

    @Inject
    Teams teams;

    @Inject
    BulkPlanWriter writer;

    Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    /**
     * @param teamId null: every learner; else the team and every team inside it
     */
    public Outcome createForGaps(Long teamId, LocalDate start, BigDecimal weeklyHours) {
        long started = System.nanoTime();
        PlanService.checkSchedule(today(), start, weeklyHours);
        Optional<Team> team = Optional.empty();
        if (teamId != null) {
            team = teams.find(teamId);
            if (team.isEmpty()) {
                throw InvalidInput.of("team", "Choose a team from the list.");
            }
        }
        String path = team.map(Team::getPath).orElse(null);
        PrerequisiteGraph graph = catalogue.prerequisiteGraph();
        List<NewPlan> plans = new ArrayList<>();
        int withoutGaps = 0;
        long firstId;
        int items = 0;
        try (Connection connection = dataSource.getConnection()) {
            Data data = load(connection, path);
            for (Learner learner : data.learners) {
                long profile = learner.profileId() == null ? data.ctoProfile : learner.profileId();
                List<GapAnalysis.Target> targets = data.targets.getOrDefault(profile, List.of());
                List<AssessmentService.GapRecommendations> gaps = AssessmentService.recommend(
                        GapAnalysis.gaps(targets, data.ratings.getOrDefault(learner.id(), List.of())), data.candidates,
                        data.completed.getOrDefault(learner.id(), Set.of()));
                List<GapPlan.Choice> choices = GapPlan.choose(gaps, graph::prerequisitesOf);
                if (choices.isEmpty()) {
                    withoutGaps++;
                    continue;
                }
                List<GapPlan.Item> scheduled = GapPlan.schedule(choices, graph::prerequisitesOf, data.effort::get, start, weeklyHours);
                plans.add(new NewPlan(learner.id(), GapPlan.title(data.profileNames.get(profile), start), scheduled));
                items += scheduled.size();
            }
            firstId = plans.isEmpty() ? 0 : IdBlocks.reserve(connection, "plan_seq", plans.size() + (long) items);
        } catch (SQLException e) {
            throw new IllegalStateException("Loading the learners for bulk plans failed: " + e.getMessage(), e);
        }
        BulkPlanWriter.Written written = plans.isEmpty() ? new BulkPlanWriter.Written(0, 0)
                : writer.insert(plans, firstId, start, weeklyHours, clock.instant(), team.map(Team::getName).orElse("every team"));
        return new Outcome(written.plans(), written.items(), withoutGaps, (System.nanoTime() - started) / 1_000_000);
    }

    /** Everything the plans are made from, for every learner concerned, in a handful of queries. */
    private static final class Data {
        final List<Learner> learners = new ArrayList<>();
        final Map<Long, List<GapAnalysis.Target>> targets = new HashMap<>();
        final Map<Long, String> profileNames = new HashMap<>();
        final Map<Long, List<GapAnalysis.Rating>> ratings = new HashMap<>();
        final Map<Long, Set<String>> completed = new HashMap<>();
        final Map<String, List<Recommender.Candidate>> candidates = new HashMap<>();
        final Map<String, BigDecimal> effort = new HashMap<>();
        long ctoProfile;
    }

    private Data load(Connection connection, String teamPath) throws SQLException {
        Data data = new Data();
        String learners = "SELECT a.id FROM account a" + (teamPath == null ? "" : " JOIN team t ON t.id = a.team_id AND t.path LIKE ?")
                + " WHERE a.active = TRUE AND EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role = 'LEARNER')"
                + " AND NOT EXISTS (SELECT 1 FROM development_plan p WHERE p.account_id = a.id AND p.state IN (" + CURRENT + "))";
        query(connection, "SELECT l.id, lt.role_profile_id FROM (" + learners + ") l LEFT JOIN learner_target lt ON lt.account_id = l.id"
                + " ORDER BY l.id", teamPath, rs -> data.learners.add(new Learner(rs.getLong(1), (Long) rs.getObject(2, Long.class))));
        query(connection, "SELECT id, code, name FROM role_profile", null, rs -> {
            data.profileNames.put(rs.getLong(1), rs.getString(3));
            if (RoleProfile.CTO.equals(rs.getString(2))) {
                data.ctoProfile = rs.getLong(1);
            }
        });
        query(connection, "SELECT s.role_profile_id, k.code, k.name, l.ordinal FROM role_profile_skill s JOIN skill k ON k.id = s.skill_id"
                + " JOIN proficiency_level l ON l.id = s.target_level_id ORDER BY s.role_profile_id, s.position", null,
                rs -> data.targets.computeIfAbsent(rs.getLong(1), p -> new ArrayList<>())
                        .add(new GapAnalysis.Target(rs.getString(2), rs.getString(3), rs.getInt(4))));
        query(connection, "SELECT r.account_id, k.code, r.level_ordinal, r.source, r.rated_at FROM skill_rating r JOIN skill k ON k.id = r.skill_id"
                + " WHERE r.account_id IN (" + learners + ") ORDER BY r.account_id, r.rated_at DESC, r.id DESC", teamPath,
                rs -> data.ratings.computeIfAbsent(rs.getLong(1), a -> new ArrayList<>()).add(new GapAnalysis.Rating(rs.getString(2),
                        rs.getInt(3), RatingSource.valueOf(rs.getString(4)), UtcTime.fromColumn(rs.getObject(5, LocalDateTime.class)))));
        query(connection, "SELECT p.account_id, lr.code FROM plan_item i JOIN development_plan p ON p.id = i.plan_id"
                + " JOIN learning_resource lr ON lr.id = i.resource_id WHERE i.status = 'COMPLETED' AND p.account_id IN (" + learners + ")",
                teamPath, rs -> data.completed.computeIfAbsent(rs.getLong(1), a -> new HashSet<>()).add(rs.getString(2)));
        query(connection, "SELECT code, effort_hours FROM learning_resource", null, rs -> data.effort.put(rs.getString(1), rs.getBigDecimal(2)));
        query(connection, "SELECT k.code, r.code, r.title, r.kind, r.effort_hours, rs.from_level, rs.to_level FROM resource_skill rs"
                + " JOIN learning_resource r ON r.id = rs.resource_id JOIN skill k ON k.id = rs.skill_id WHERE r.archived = FALSE ORDER BY r.id", null,
                rs -> data.candidates.computeIfAbsent(rs.getString(1), s -> new ArrayList<>()).add(new Recommender.Candidate(rs.getString(2),
                        rs.getString(3), ResourceKind.valueOf(rs.getString(4)).getLabel(), rs.getBigDecimal(5), rs.getInt(6), rs.getInt(7), List.of())));
        return data;
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, String teamPath, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (teamPath != null && sql.contains("?")) {
                statement.setString(1, teamPath + "%");
            }
            statement.setFetchSize(5000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
