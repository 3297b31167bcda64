package org.ctopath.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.ctopath.plan.Schedule;
import org.ctopath.platform.IdBlocks;

/**
 * Makes a realistic organisation over plain JDBC with batched inserts, deterministically from a seed
 * and the day it runs: learners in nested teams (departments of teams), mentors with current
 * relations, target profiles, self and mentor ratings, development plans in every state with items
 * in every status, and certification attempts spread over four years. Every account shares one
 * password ({@link #PASSWORD}). Usernames carry a prefix ({@code gen-learner-00001}); a second run
 * with a prefix already used is refused and changes nothing.
 */
public final class Generator {

    public static final String PASSWORD = "generated-demo";
    public static final String DEFAULT_PREFIX = "gen";
    public static final int MAX_LEARNERS = 100_000;

    private static final String[] DEPARTMENTS = {"Platform Engineering", "Payments", "Data and AI", "Mobile", "Security",
        "Infrastructure", "Customer Experience", "Growth", "Core Systems", "Research"};
    private static final String[] FIRST = {"Ada", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kemi",
        "Lars", "Maya", "Nikhil", "Olga", "Pablo", "Qi", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wen", "Yusuf", "Zoe"};
    private static final String[] LAST = {"Andersen", "Bakker", "Costa", "Dubois", "Eze", "Fischer", "García", "Hansen", "Ivanova",
        "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quinn", "Rossi", "Schmidt", "Tanaka",
        "Usman", "Virtanen", "Weber", "Xu", "Yilmaz", "Zhang"};
    private static final int BATCH = 1000;

    /** What to make: how many learners, from which seed, under which username prefix (lower-case letters and digits). */
    public record Options(int learners, long seed, String prefix, boolean plans) {

        public Options {
            if (learners < 1 || learners > MAX_LEARNERS) {
                throw new IllegalArgumentException("From 1 to " + MAX_LEARNERS + " learners.");
            }
            if (prefix == null || !prefix.matches("[a-z][a-z0-9]{0,15}")) {
                throw new IllegalArgumentException("A prefix of 1 to 16 lower-case letters and digits, starting with a letter.");
            }
        }

        public static Options of(int learners) {
            return new Options(learners, 42L, DEFAULT_PREFIX, true);
        }

        public int mentors() {
            return Math.max(1, (learners + 19) / 20);
        }

        /** Ten, or one per learner in a run of fewer than ten. */
        public int departments() {
            return Math.min(10, learners);
        }

        /** Ten per department, or as many as the learners fill in a small run. */
        public int teamsPerDepartment() {
            return Math.min(10, (learners + departments() - 1) / departments());
        }
    }

    /** Refused: the data is there already, or the reference data it builds on is not. */
    public static class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** Rows made per table, and how long it took. */
    public record Summary(Map<String, Integer> rows, long millis) {

        public String describe() {
            StringBuilder text = new StringBuilder();
            rows.forEach((table, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(table));
            return text + " in " + String.format(java.util.Locale.ROOT, "%.1f", millis / 1000.0) + " s";
        }
    }

    /** A catalogue resource: the skill it is chosen for in a generated plan is the first it builds, if any. */
    private record Resource(long id, String code, BigDecimal effort, Long skillId) {
    }

    private record Profile(long id, List<long[]> skills) { // skills: {skill id, target ordinal}
    }

    private final Connection connection;
    private final Options options;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Random random;
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    /** Every table's inserts in the order of their foreign keys: a batch goes only after those it refers to. */
    private final List<Inserts> tables = new ArrayList<>();

    public Generator(Connection connection, Options options, LocalDateTime now) {
        this.connection = connection;
        this.options = options;
        this.now = now.withNano(0);
        this.today = now.toLocalDate();
        this.random = new Random(options.seed());
    }

    public static String learnerUsername(String prefix, int n) {
        return String.format(java.util.Locale.ROOT, "%s-learner-%05d", prefix, n);
    }

    public static String mentorUsername(String prefix, int n) {
        return String.format(java.util.Locale.ROOT, "%s-mentor-%03d", prefix, n);
    }

    public Summary run() throws SQLException {
        long started = System.nanoTime();
        refuseIfThere();
        Profile cto = profile("CTO").orElseThrow(() -> new Refused("The CTO role profile is missing: migrate the database first."));
        List<Profile> others = otherProfiles();
        int maxLevel = maxLevel(cto.id());
        List<Resource> resources = resources();
        Map<String, Long> certifications = certifications();
        Long foundation = certifications.get("ITIL4-F");
        if (foundation == null || resources.size() < 12) {
            throw new Refused("The shipped catalogue (with ITIL 4 Foundation) is missing: migrate the database first.");
        }
        List<Long> itilModules = new ArrayList<>();
        List<Long> otherCerts = new ArrayList<>();
        certifications.forEach((code, id) -> {
            if (code.startsWith("ITIL4-") && !code.equals("ITIL4-F")) {
                itilModules.add(id);
            } else if (!code.startsWith("ITIL4-")) {
                otherCerts.add(id);
            }
        });
        String hash = hash(PASSWORD, options.seed());

        int learners = options.learners();
        int mentors = options.mentors();
        long teamId = IdBlocks.reserve(connection, "team_seq", 110);
        long accountId = IdBlocks.reserve(connection, "account_seq", learners + mentors);
        long mentoringId = IdBlocks.reserve(connection, "mentoring_seq", learners * 12L);
        long ratingId = IdBlocks.reserve(connection, "assessment_seq", (long) learners * 40);
        long planId = IdBlocks.reserve(connection, "plan_seq", (long) learners * 60);
        long attemptId = IdBlocks.reserve(connection, "record_seq", (long) learners * 20);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Inserts team = new Inserts("team", "INSERT INTO team (id, name, parent_id, path, created_at, version) VALUES (?, ?, ?, ?, ?, 0)");
             Inserts account = new Inserts("account", "INSERT INTO account (id, username, display_name, email, password_hash, active,"
                     + " created_at, version, team_id) VALUES (?, ?, ?, ?, ?, TRUE, ?, 0, ?)");
             Inserts role = new Inserts("account_role", "INSERT INTO account_role (account_id, role) VALUES (?, ?)");
             Inserts relation = new Inserts("mentor_relation", "INSERT INTO mentor_relation (id, learner_id, mentor_id,"
                     + " current_learner_id, started_at, started_by, ended_at, ended_by, version) VALUES (?, ?, ?, ?, ?, 'generator', ?, ?, 0)");
             Inserts target = new Inserts("learner_target", "INSERT INTO learner_target (account_id, role_profile_id, chosen_at, version)"
                     + " VALUES (?, ?, ?, 0)");
             Inserts rating = new Inserts("skill_rating", "INSERT INTO skill_rating (id, account_id, skill_id, level_ordinal, note,"
                     + " source, rated_by, rated_at, reviews_rating_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Inserts plan = new Inserts("development_plan", "INSERT INTO development_plan (id, account_id, title, state, start_date,"
                     + " weekly_hours, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)");
             Inserts item = new Inserts("plan_item", "INSERT INTO plan_item (id, plan_id, resource_id, skill_id, position, planned_start,"
                     + " due_date, status, percent_done, hours_spent, skip_reason, completed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             Inserts transition = new Inserts("plan_transition", "INSERT INTO plan_transition (id, plan_id, from_state, to_state, actor, at,"
                     + " comment) VALUES (?, ?, ?, ?, ?, ?, NULL)");
             Inserts attempt = new Inserts("certification_attempt", "INSERT INTO certification_attempt (id, account_id, certification_id,"
                     + " attempted_on, score, passed, certificate_number, recorded_at, verified_by, verified_at) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)")) {
            Timestamp created = Timestamp.valueOf(now.minusYears(4));
            // Ten departments of ten teams; a small run gets fewer, so that no team stays empty for long.
            int departmentCount = options.departments();
            int perDepartment = options.teamsPerDepartment();
            long[] leafTeams = new long[departmentCount * perDepartment];
            long[] departments = new long[departmentCount];
            long nextTeam = teamId;
            for (int d = 0; d < departmentCount; d++) {
                long dept = nextTeam++;
                departments[d] = dept;
                String deptPath = "/" + dept + "/";
                team.row(dept, DEPARTMENTS[d] + " [" + options.prefix() + "]", null, deptPath, created);
                for (int t = 0; t < perDepartment; t++) {
                    long leaf = nextTeam++;
                    leafTeams[d * perDepartment + t] = leaf;
                    team.row(leaf, DEPARTMENTS[d] + " team " + (t + 1), dept, deptPath + leaf + "/", created);
                }
            }
            long[] mentorIds = new long[mentors];
            String[] mentorNames = new String[mentors];
            long nextAccount = accountId;
            for (int m = 0; m < mentors; m++) {
                mentorIds[m] = nextAccount++;
                mentorNames[m] = mentorUsername(options.prefix(), m + 1);
                account.row(mentorIds[m], mentorNames[m], name(), mentorNames[m] + "@generated.ctopath.example", hash, created,
                        departments[m % departmentCount]);
                role.row(mentorIds[m], "MENTOR");
            }
            long nextRelation = mentoringId;
            long nextRating = ratingId;
            long nextPlan = planId;
            long nextAttempt = attemptId;
            for (int l = 0; l < learners; l++) {
                long learner = nextAccount++;
                String username = learnerUsername(options.prefix(), l + 1);
                int leaf = (int) ((long) l * leafTeams.length / learners);
                account.row(learner, username, name(), username + "@generated.ctopath.example", hash,
                        Timestamp.valueOf(now.minusDays(30 + random.nextInt(1400))), leafTeams[leaf]);
                role.row(learner, "LEARNER");

                // Mentor: the mentors of the learner's department, one per twenty learners; a few never had one.
                int mentor = (int) ((long) l * mentors / learners);
                boolean mentored = random.nextInt(100) < 95;
                if (mentored && random.nextInt(100) < 10 && mentors > 1) {
                    int previous = (mentor + 1) % mentors;
                    LocalDateTime start = now.minusDays(400 + random.nextInt(300));
                    LocalDateTime end = start.plusDays(100 + random.nextInt(200));
                    relation.row(nextRelation++, learner, mentorIds[previous], null, Timestamp.valueOf(start), Timestamp.valueOf(end), "generator");
                }
                if (mentored) {
                    relation.row(nextRelation++, learner, mentorIds[mentor], learner, Timestamp.valueOf(now.minusDays(1 + random.nextInt(90))),
                            null, null);
                }

                // Target: mostly the CTO profile (no row, or an explicit choice), some another profile.
                Profile profile = cto;
                int pick = random.nextInt(100);
                if (pick < 15 && !others.isEmpty()) {
                    profile = others.get(random.nextInt(others.size()));
                    target.row(learner, profile.id(), Timestamp.valueOf(now.minusDays(200)));
                } else if (pick < 35) {
                    target.row(learner, cto.id(), Timestamp.valueOf(now.minusDays(200)));
                }

                // Ratings: most rate most skills, some twice; a mentor confirms or adjusts about half.
                if (random.nextInt(100) < 92) {
                    for (long[] skill : profile.skills()) {
                        if (random.nextInt(100) >= 88) {
                            continue;
                        }
                        int level = clamp((int) skill[1] - 3 + random.nextInt(4), 0, maxLevel);
                        LocalDateTime at = now.minusDays(10 + random.nextInt(500)).minusMinutes(random.nextInt(1440));
                        if (random.nextInt(100) < 30) {
                            rating.row(nextRating++, learner, skill[0], Math.max(0, level - 1), null, "SELF", username,
                                    Timestamp.valueOf(at.minusDays(120 + random.nextInt(200))), null);
                        }
                        long self = nextRating++;
                        rating.row(self, learner, skill[0], level, random.nextInt(4) == 0 ? "Generated self-rating" : null, "SELF",
                                username, Timestamp.valueOf(at), null);
                        if (mentored && random.nextInt(100) < 50) {
                            int adjusted = clamp(level + random.nextInt(3) - 1, 0, maxLevel);
                            rating.row(nextRating++, learner, skill[0], adjusted, adjusted == level ? null : "Adjusted after our review",
                                    "MENTOR", mentorNames[mentor], Timestamp.valueOf(at.plusDays(1 + random.nextInt(9))), self);
                        }
                    }
                }

                // Plans: most have a current one; a third have an older completed or archived one.
                if (options.plans()) {
                    Transitions moves = new Transitions(transition, learner, username, mentored ? mentorNames[mentor] : null);
                    if (random.nextInt(100) < 30) {
                        String state = random.nextInt(3) == 0 ? "ARCHIVED" : "COMPLETED";
                        LocalDate start = today.minusDays(400 + random.nextInt(700));
                        nextPlan = plan(plan, item, moves, nextPlan, state, start, resources);
                    }
                    int current = random.nextInt(100);
                    if (current >= 10) {
                        String state = current < 22 ? "DRAFT" : current < 28 ? "WAITING_FOR_REVIEW" : current < 34 ? "IN_REVIEW" : "ACTIVE";
                        if (!mentored && (state.equals("WAITING_FOR_REVIEW") || state.equals("IN_REVIEW"))) {
                            state = "DRAFT"; // only a mentor reviews
                        }
                        LocalDate start = state.equals("ACTIVE") ? today.minusDays(random.nextInt(360)) : today.plusDays(random.nextInt(30));
                        nextPlan = plan(plan, item, moves, nextPlan, state, start, resources);
                    }
                    nextRelation = moves.next(nextRelation);
                }

                // Certification attempts: ITIL 4 Foundation for most, then further ITIL modules, then other schemes.
                if (random.nextInt(100) < 80) {
                    LocalDate on = today.minusDays(20 + random.nextInt(1440));
                    if (random.nextInt(100) < 15) {
                        nextAttempt = attempt(attempt, nextAttempt, learner, foundation, on, false, null);
                        on = on.plusDays(14 + random.nextInt(30));
                    }
                    if (!on.isAfter(today)) {
                        nextAttempt = attempt(attempt, nextAttempt, learner, foundation, on, true, mentored ? mentorNames[mentor] : null);
                        List<Long> modules = new ArrayList<>(itilModules);
                        Collections.shuffle(modules, random);
                        int count = Math.min(modules.size(), random.nextInt(5));
                        LocalDate after = on;
                        for (int k = 0; k < count; k++) {
                            after = after.plusDays(30 + random.nextInt(300));
                            if (after.isAfter(today)) {
                                break;
                            }
                            boolean passed = random.nextInt(100) < 80;
                            nextAttempt = attempt(attempt, nextAttempt, learner, modules.get(k), after, passed, passed && mentored ? mentorNames[mentor] : null);
                            if (!passed && random.nextInt(100) < 70 && after.plusDays(40).isBefore(today)) {
                                after = after.plusDays(21 + random.nextInt(20));
                                nextAttempt = attempt(attempt, nextAttempt, learner, modules.get(k), after, true, null);
                            }
                        }
                    }
                }
                int more = otherCerts.isEmpty() ? 0 : random.nextInt(100) < 40 ? 1 + random.nextInt(2) : 0;
                for (int k = 0; k < more; k++) {
                    long cert = otherCerts.get(random.nextInt(otherCerts.size()));
                    nextAttempt = attempt(attempt, nextAttempt, learner, cert, today.minusDays(random.nextInt(1440)), random.nextInt(100) < 75, null);
                }
            }
            for (Inserts inserts : tables) {
                inserts.flush();
                rows.put(inserts.table, inserts.count);
            }
            connection.commit();
            // Fresh planner statistics for what was just loaded (ANALYZE is the same word on H2 and
            // PostgreSQL): without them PostgreSQL plans the report queries for empty tables until
            // autovacuum comes round, and the skill heatmap takes five times as long.
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Summary(rows, (System.nanoTime() - started) / 1_000_000);
    }

    private long plan(Inserts plan, Inserts item, Transitions moves, long nextId, String state, LocalDate start, List<Resource> resources)
            throws SQLException {
        long id = nextId++;
        BigDecimal weekly = BigDecimal.valueOf(2 + random.nextInt(7));
        LocalDateTime created = LocalDateTime.of(start.minusDays(3), java.time.LocalTime.NOON);
        created = created.isAfter(now) ? now.minusDays(1) : created;
        plan.row(id, moves.learner, "Generated plan from " + start, state, Date.valueOf(start), weekly, Timestamp.valueOf(created));
        List<Resource> chosen = new ArrayList<>(resources);
        Collections.shuffle(chosen, random);
        chosen = chosen.subList(0, 5 + random.nextInt(8));
        List<Schedule.Dates> dates = Schedule.plan(start, weekly, chosen.stream().map(r -> new Schedule.Slot(r.effort(), null)).toList());
        for (int i = 0; i < chosen.size(); i++) {
            Resource resource = chosen.get(i);
            LocalDate from = dates.get(i).start();
            LocalDate due = dates.get(i).due();
            String status = status(state, from, due);
            int percent = switch (status) {
                case "COMPLETED" -> 100;
                case "IN_PROGRESS" -> 10 + random.nextInt(80);
                case "SKIPPED" -> random.nextInt(50);
                default -> 0;
            };
            BigDecimal hours = resource.effort().multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
            LocalDate done = due.isAfter(today) ? today : due.minusDays(random.nextInt(3));
            item.row(nextId++, id, resource.id(), resource.skillId(), i, Date.valueOf(from), Date.valueOf(due), status, percent, hours,
                    status.equals("SKIPPED") ? "Not relevant to my role right now" : null,
                    status.equals("COMPLETED") ? Timestamp.valueOf(done.atTime(9 + random.nextInt(9), random.nextInt(60))) : null);
        }
        moves.to(id, state, created, dates.get(dates.size() - 1).due());
        return nextId;
    }

    /**
     * The changes of state that brought a plan where it is: sent for review, taken into review and
     * approved by the mentor (or made active by the learner without one), then completed or archived.
     */
    private final class Transitions {
        private final Inserts inserts;
        private final long learner;
        private final String username;
        private final String mentor;
        private final List<Object[]> pending = new ArrayList<>();

        Transitions(Inserts inserts, long learner, String username, String mentor) {
            this.inserts = inserts;
            this.learner = learner;
            this.username = username;
            this.mentor = mentor;
        }

        void to(long plan, String state, LocalDateTime created, LocalDate end) {
            List<String[]> steps = new ArrayList<>(); // {from, to, actor}
            boolean reviewed = mentor != null;
            switch (state) {
                case "WAITING_FOR_REVIEW" -> steps.add(new String[] {"DRAFT", "WAITING_FOR_REVIEW", username});
                case "IN_REVIEW" -> {
                    steps.add(new String[] {"DRAFT", "WAITING_FOR_REVIEW", username});
                    steps.add(new String[] {"WAITING_FOR_REVIEW", "IN_REVIEW", mentor});
                }
                case "ACTIVE", "COMPLETED", "ARCHIVED" -> {
                    if (reviewed) {
                        steps.add(new String[] {"DRAFT", "WAITING_FOR_REVIEW", username});
                        steps.add(new String[] {"WAITING_FOR_REVIEW", "IN_REVIEW", mentor});
                        steps.add(new String[] {"IN_REVIEW", "ACTIVE", mentor});
                    } else {
                        steps.add(new String[] {"DRAFT", "ACTIVE", username});
                    }
                    if (!state.equals("ACTIVE")) {
                        steps.add(new String[] {"ACTIVE", state, username});
                    }
                }
                default -> {
                    // a draft has not moved
                }
            }
            LocalDateTime at = created;
            for (int i = 0; i < steps.size(); i++) {
                boolean last = i == steps.size() - 1 && (state.equals("COMPLETED") || state.equals("ARCHIVED"));
                at = last ? end.atTime(17, 0) : at.plusHours(4 + random.nextInt(60));
                pending.add(new Object[] {plan, steps.get(i)[0], steps.get(i)[1], steps.get(i)[2], Timestamp.valueOf(at.isAfter(now) ? now : at)});
            }
        }

        /** Writes the transitions with ids from {@code nextId}; the id after them. */
        long next(long nextId) throws SQLException {
            for (Object[] row : pending) {
                inserts.row(nextId++, row[0], row[1], row[2], row[3], row[4]);
            }
            return nextId;
        }
    }

    /** Where an item stands: by its plan's state and its dates; some open ones are overdue. */
    private String status(String state, LocalDate start, LocalDate due) {
        int r = random.nextInt(100);
        return switch (state) {
            case "COMPLETED" -> r < 88 ? "COMPLETED" : "SKIPPED";
            case "ARCHIVED" -> r < 50 ? "COMPLETED" : r < 65 ? "SKIPPED" : r < 80 ? "IN_PROGRESS" : "NOT_STARTED";
            case "ACTIVE" -> due.isBefore(today) ? (r < 68 ? "COMPLETED" : r < 76 ? "SKIPPED" : r < 90 ? "IN_PROGRESS" : "NOT_STARTED")
                    : !start.isAfter(today) ? (r < 70 ? "IN_PROGRESS" : r < 85 ? "NOT_STARTED" : "COMPLETED")
                    : (r < 90 ? "NOT_STARTED" : "IN_PROGRESS");
            default -> r < 95 ? "NOT_STARTED" : "IN_PROGRESS";
        };
    }

    private long attempt(Inserts attempt, long nextId, long learner, long certification, LocalDate on, boolean passed, String verifier)
            throws SQLException {
        long id = nextId;
        LocalDateTime recorded = on.plusDays(1).atTime(9, 0);
        if (recorded.isAfter(now)) {
            recorded = now;
        }
        attempt.row(id, learner, certification, Date.valueOf(on), passed, passed ? "GEN-" + id : null, Timestamp.valueOf(recorded),
                verifier, verifier == null ? null : Timestamp.valueOf(recorded.plusDays(2).isAfter(now) ? now : recorded.plusDays(2)));
        return nextId + 1;
    }

    private String name() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private void refuseIfThere() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM account WHERE username LIKE ?")) {
            query.setString(1, options.prefix() + "-learner-%");
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                long there = rs.getLong(1);
                if (there > 0) {
                    throw new Refused("Generated data with the prefix \"" + options.prefix() + "\" exists already (" + there
                            + " learners): nothing was added. Choose another prefix to add more.");
                }
            }
        }
    }

    private java.util.Optional<Profile> profile(String code) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM role_profile WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? java.util.Optional.of(new Profile(rs.getLong(1), skills(rs.getLong(1)))) : java.util.Optional.empty();
            }
        }
    }

    private List<Profile> otherProfiles() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT p.id FROM role_profile p WHERE p.code <> 'CTO' AND p.archived = FALSE"
                + " AND EXISTS (SELECT 1 FROM role_profile_skill s WHERE s.role_profile_id = p.id) ORDER BY p.id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        List<Profile> profiles = new ArrayList<>();
        for (long id : ids) {
            profiles.add(new Profile(id, skills(id)));
        }
        return profiles;
    }

    private List<long[]> skills(long profileId) throws SQLException {
        List<long[]> skills = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT s.skill_id, l.ordinal FROM role_profile_skill s"
                + " JOIN proficiency_level l ON l.id = s.target_level_id WHERE s.role_profile_id = ? ORDER BY s.position")) {
            query.setLong(1, profileId);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    skills.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
        }
        return skills;
    }

    private int maxLevel(long profileId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(l.ordinal) FROM proficiency_level l"
                + " JOIN role_profile p ON p.scale_id = l.scale_id WHERE p.id = ?")) {
            query.setLong(1, profileId);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private List<Resource> resources() throws SQLException {
        List<Resource> resources = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT r.id, r.code, r.effort_hours,"
                + " (SELECT MIN(s.skill_id) FROM resource_skill s WHERE s.resource_id = r.id) FROM learning_resource r"
                + " WHERE r.archived = FALSE ORDER BY r.id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                resources.add(new Resource(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getObject(4, Long.class)));
            }
        }
        return resources;
    }

    private Map<String, Long> certifications() throws SQLException {
        Map<String, Long> certifications = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT r.code, r.id FROM certification c"
                + " JOIN learning_resource r ON r.id = c.resource_id WHERE r.archived = FALSE ORDER BY r.id");
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                certifications.put(rs.getString(1), rs.getLong(2));
            }
        }
        return certifications;
    }

    /**
     * The password hash the application's PBKDF2 store verifies ({@code algorithm:iterations:salt:hash},
     * Base64), computed once for every generated account; the salt follows from the seed.
     */
    static String hash(String password, long seed) {
        try {
            byte[] salt = new byte[32];
            new Random(seed).nextBytes(salt);
            int iterations = 210_000;
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One table's batched insert. */
    private final class Inserts implements AutoCloseable {
        private final String table;
        private final PreparedStatement statement;
        private int pending;
        private int count;

        Inserts(String table, String sql) throws SQLException {
            this.table = table;
            this.statement = connection.prepareStatement(sql);
            tables.add(this);
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            statement.addBatch();
            count++;
            if (++pending == BATCH) {
                for (Inserts earlier : tables) {
                    earlier.flush();
                    if (earlier == this) {
                        break;
                    }
                }
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
