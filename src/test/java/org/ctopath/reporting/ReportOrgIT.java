package org.ctopath.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A known organisation for the report tests, written straight into the database (so dates and states
 * are what the test says), together with the figures the reports should show computed here in plain
 * Java from the same facts: an independent second answer. Named *IT only so that it goes into the
 * deployment with the tests that use it; it has no tests of its own.
 */
final class ReportOrgIT {

    private static final AtomicLong IDS = new AtomicLong(2_000_000_000L + (System.currentTimeMillis() % 100_000_000L) * 100);
    static final List<String> OPEN_PLANS = List.of("DRAFT", "WAITING_FOR_REVIEW", "IN_REVIEW", "ACTIVE");

    record Person(long id, String name, Long team, String profile, boolean active, boolean learner) {
    }

    record Attempt(long account, long cert, LocalDate on, boolean passed) {
    }

    record Item(long resource, String status, LocalDate due) {
    }

    record Plan(long id, long account, String state, LocalDateTime created, List<Item> items) {
    }

    record Rating(long account, long skill, int level, String source, LocalDateTime at) {
    }

    /** The filters as the test applies them by hand. */
    record Filter(Long team, String profile, LocalDate from, LocalDate to) {
        ReportFilter report() {
            return new ReportFilter(team, profile, from, to, null, null, null, null);
        }

        boolean inRange(LocalDate day) {
            return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        }

        boolean byEnd(LocalDate day) {
            return to == null || !day.isAfter(to);
        }
    }

    final DataSource dataSource;
    final String tag = Long.toString(IDS.get() % 1_000_000_000L, 36);
    final LocalDate today = LocalDate.now();
    final Map<Long, String> teamPaths = new LinkedHashMap<>();
    final Map<Long, String> teamNames = new LinkedHashMap<>();
    final List<Person> people = new ArrayList<>();
    final List<Attempt> attempts = new ArrayList<>();
    final List<Plan> plans = new ArrayList<>();
    final List<Rating> ratings = new ArrayList<>();
    final Map<Long, Long> currentMentor = new LinkedHashMap<>();
    final Map<Long, Integer> targets = new LinkedHashMap<>();
    final List<Long> certs = new ArrayList<>();
    final List<String> certCodes = new ArrayList<>();
    final Set<Long> designationMembers = new HashSet<>();
    final List<Long> otherResources = new ArrayList<>();
    long scheme;
    long profileId;
    String profileCode;
    long designation;

    ReportOrgIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static long id() {
        return IDS.incrementAndGet();
    }

    void exec(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                if (p instanceof LocalDate d) {
                    s.setDate(i + 1, Date.valueOf(d));
                } else if (p instanceof LocalDateTime t) {
                    s.setTimestamp(i + 1, Timestamp.valueOf(t));
                } else {
                    s.setObject(i + 1, p);
                }
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<Object[]> query(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            List<Object[]> rows = new ArrayList<>();
            while (r.next()) {
                Object[] row = new Object[r.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    // Building -------------------------------------------------------------------------------------

    long team(String name, Long parent) {
        long id = id();
        String path = (parent == null ? "/" : teamPaths.get(parent)) + id + "/";
        exec("INSERT INTO team (id, name, parent_id, path, created_at, version) VALUES (?, ?, ?, ?, ?, 0)",
                id, name + " " + tag, parent, path, LocalDateTime.now());
        teamPaths.put(id, path);
        teamNames.put(id, name + " " + tag);
        return id;
    }

    /** A profile of two skills of the CTO profile, with the CTO's targets for them, and the catalogue items. */
    ReportOrgIT reference() {
        List<Object[]> cto = query("SELECT rps.skill_id, rps.target_level_id, pl.ordinal, rp.scale_id FROM role_profile_skill rps"
                + " JOIN role_profile rp ON rp.id = rps.role_profile_id JOIN proficiency_level pl ON pl.id = rps.target_level_id"
                + " WHERE rp.code = 'CTO' ORDER BY rps.position");
        profileId = id();
        profileCode = "RPT-" + tag.toUpperCase();
        exec("INSERT INTO role_profile (id, code, name, summary, purpose, scale_id, archived, version) VALUES (?, ?, ?, NULL, NULL, ?, FALSE, 0)",
                profileId, profileCode, "Report profile " + tag, cto.get(0)[3]);
        for (int i = 0; i < 2; i++) {
            long skill = ((Number) cto.get(i)[0]).longValue();
            exec("INSERT INTO role_profile_skill (id, role_profile_id, skill_id, target_level_id, position) VALUES (?, ?, ?, ?, ?)",
                    id(), profileId, skill, cto.get(i)[1], i);
            targets.put(skill, ((Number) cto.get(i)[2]).intValue());
        }
        // The shipped ITIL 4 certifications of the Strategic Leader designation, in the shipped ITIL 4 scheme: other tests
        // read every designation and scheme, so this test adds none (its people are its own, and every report is filtered to them).
        for (String code : List.of("ITIL4-DPI", "ITIL4-DITS")) {
            Object[] cert = query("SELECT c.resource_id, c.scheme_id FROM certification c JOIN learning_resource lr ON lr.id = c.resource_id"
                    + " WHERE lr.code = '" + code + "'").get(0);
            certs.add(((Number) cert[0]).longValue());
            certCodes.add(code);
            scheme = ((Number) cert[1]).longValue();
        }
        designation = ((Number) query("SELECT id FROM designation WHERE code = 'ITIL4-SL'").get(0)[0]).longValue();
        query("SELECT certification_id FROM designation_certification WHERE designation_id = " + designation)
                .forEach(r -> designationMembers.add(((Number) r[0]).longValue()));
        for (int i = 0; i < 2; i++) {
            long resource = id();
            exec("INSERT INTO learning_resource (id, code, kind, title, provider, effort_hours, archived, version)"
                    + " VALUES (?, ?, 'COURSE', ?, 'Test body', 5, FALSE, 0)", resource, "R" + i + "-" + tag.toUpperCase(), "Course " + i + " " + tag);
            otherResources.add(resource);
        }
        return this;
    }

    Person person(String name, Long team, boolean targetsProfile, boolean active, boolean learner) {
        long id = id();
        exec("INSERT INTO account (id, username, display_name, password_hash, active, created_at, version, team_id)"
                + " VALUES (?, ?, ?, 'not-a-hash', ?, ?, 0, ?)", id, "r" + tag + "-" + id, name + " " + tag, active, LocalDateTime.now(), team);
        exec("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, learner ? "LEARNER" : "MENTOR");
        if (targetsProfile) {
            exec("INSERT INTO learner_target (account_id, role_profile_id, chosen_at, version) VALUES (?, ?, ?, 0)", id, profileId, LocalDateTime.now());
        }
        Person person = new Person(id, name + " " + tag, team, targetsProfile ? profileCode : "CTO", active, learner);
        people.add(person);
        return person;
    }

    void attempt(Person who, long cert, LocalDate on, boolean passed) {
        exec("INSERT INTO certification_attempt (id, account_id, certification_id, attempted_on, passed, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                id(), who.id(), cert, on, passed, LocalDateTime.now());
        attempts.add(new Attempt(who.id(), cert, on, passed));
    }

    void cpd(Person who, LocalDate on, String points, String category) {
        exec("INSERT INTO cpd_entry (id, account_id, scheme_id, earned_on, points, category, description, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'test', ?)", id(), who.id(), scheme, on, new BigDecimal(points), category, LocalDateTime.now());
    }

    void plan(Person who, String state, LocalDateTime created, Item... items) {
        long id = id();
        exec("INSERT INTO development_plan (id, account_id, title, state, start_date, weekly_hours, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 4, ?, 0)", id, who.id(), "Plan " + id, state, created.toLocalDate(), created);
        int position = 0;
        for (Item item : items) {
            exec("INSERT INTO plan_item (id, plan_id, resource_id, position, planned_start, due_date, status, percent_done, hours_spent,"
                            + " completed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)",
                    id(), id, item.resource(), position++, item.due().minusDays(10), item.due(), item.status(),
                    item.status().equals("COMPLETED") ? 100 : 0, item.status().equals("COMPLETED") ? created.plusDays(1) : null);
        }
        plans.add(new Plan(id, who.id(), state, created, List.of(items)));
    }

    void rate(Person who, long skill, int level, String source, LocalDateTime at) {
        exec("INSERT INTO skill_rating (id, account_id, skill_id, level_ordinal, source, rated_by, rated_at) VALUES (?, ?, ?, ?, ?, 'test', ?)",
                id(), who.id(), skill, level, source, at);
        ratings.add(new Rating(who.id(), skill, level, source, at));
    }

    void mentor(Person learner, Person mentor, boolean current) {
        exec("INSERT INTO mentor_relation (id, learner_id, mentor_id, current_learner_id, started_at, started_by, ended_at, ended_by, version)"
                        + " VALUES (?, ?, ?, ?, ?, 'test', ?, ?, 0)", id(), learner.id(), mentor.id(), current ? learner.id() : null,
                LocalDateTime.now().minusDays(100), current ? null : LocalDateTime.now().minusDays(50), current ? null : "test");
        if (current) {
            currentMentor.put(learner.id(), mentor.id());
        }
    }

    Item item(long resource, String status, int dueInDays) {
        return new Item(resource, status, today.plusDays(dueInDays));
    }

    /** The organisation of the correctness tests: nested teams, two profiles, every state and kind of record. */
    static ReportOrgIT known(DataSource dataSource) {
        ReportOrgIT org = new ReportOrgIT(dataSource).reference();
        long top = org.team("Top", null);
        long sub = org.team("Sub", top);
        long deeper = org.team("Deeper", sub);
        long other = org.team("Other", null);
        long c0 = org.certs.get(0);
        long c1 = org.certs.get(1);
        long r0 = org.otherResources.get(0);
        List<Long> skills = new ArrayList<>(org.targets.keySet());
        LocalDate d = org.today;

        Person ana = org.person("Ana", top, false, true, true);
        Person ben = org.person("Ben", sub, true, true, true);
        Person cem = org.person("Cem", sub, false, true, true);
        Person dia = org.person("Dia", deeper, true, true, true);
        Person eli = org.person("Eli", other, false, true, true);
        Person gone = org.person("Gone", top, false, false, true);
        Person mentor = org.person("Mentor", null, false, true, false);
        Person mentor2 = org.person("Mentor two", null, false, true, false);

        org.attempt(ana, c0, d.minusDays(120), false);
        org.attempt(ana, c0, d.minusDays(90), true);
        org.attempt(ana, c1, d.minusDays(60), true);
        org.attempt(ben, c0, d.minusDays(100), false);
        org.attempt(ben, c0, d.minusDays(20), false);
        org.attempt(cem, c1, d.minusDays(200), true);
        org.attempt(dia, c0, d.minusDays(10), true);
        org.attempt(dia, c1, d.minusDays(5), true);
        org.attempt(eli, c0, d.minusDays(30), true);
        org.attempt(gone, c0, d.minusDays(30), true);
        // Renew-by dates (36 months after the latest pass, 36 more when every year of it has 20 CPD points, 5 of experience):
        // Fay's falls due within 90 days, Gus's has passed, Hal renewed by CPD and is current.
        Person fay = org.person("Fay", top, false, true, true);
        Person gus = org.person("Gus", sub, false, true, true);
        Person hal = org.person("Hal", deeper, false, true, true);
        org.attempt(fay, c1, d.minusMonths(36).plusDays(30), true);
        org.attempt(gus, c1, d.minusMonths(37), true);
        org.attempt(hal, c1, d.minusMonths(40), true);
        for (int year = 0; year < 3; year++) {
            org.cpd(hal, d.minusMonths(40).plusYears(year).plusDays(10), "15", "EXPERIENCE");
            org.cpd(hal, d.minusMonths(40).plusYears(year).plusDays(20), "5", "EDUCATION");
        }

        LocalDateTime now = LocalDateTime.now();
        org.plan(ben, "ACTIVE", now.minusDays(100), org.item(c0, "NOT_STARTED", -5), org.item(r0, "COMPLETED", -40), org.item(c1, "SKIPPED", -3));
        org.plan(cem, "ACTIVE", now.minusDays(60), org.item(c1, "COMPLETED", -20), org.item(c0, "IN_PROGRESS", 30));
        org.plan(ana, "DRAFT", now.minusDays(150), org.item(c1, "NOT_STARTED", -10));
        org.plan(dia, "WAITING_FOR_REVIEW", now.minusDays(15), org.item(c0, "IN_PROGRESS", -1), org.item(r0, "NOT_STARTED", 20));
        org.plan(dia, "ARCHIVED", now.minusDays(300), org.item(c1, "NOT_STARTED", -200));
        org.plan(eli, "COMPLETED", now.minusDays(90), org.item(c0, "COMPLETED", -60), org.item(c1, "SKIPPED", -50));
        org.plan(eli, "ACTIVE", now.minusDays(30), org.item(r0, "NOT_STARTED", -2));
        org.plan(gone, "ACTIVE", now.minusDays(30), org.item(r0, "NOT_STARTED", -2));

        long s0 = skills.get(0);
        long s1 = skills.get(1);
        org.rate(ben, s0, 1, "SELF", now.minusDays(40));
        org.rate(ben, s0, 3, "SELF", now.minusDays(10));
        org.rate(ben, s0, 2, "MENTOR", now.minusDays(20));
        org.rate(ben, s1, 9, "SELF", now.minusDays(30));
        org.rate(dia, s0, 1, "MENTOR", now.minusDays(90));
        org.rate(dia, s0, 6, "MENTOR", now.minusDays(3));
        org.rate(dia, s1, 2, "SELF", now.minusDays(3));
        org.rate(ana, s0, 4, "SELF", now.minusDays(3));

        org.mentor(ben, mentor, true);
        org.mentor(dia, mentor, true);
        org.mentor(cem, mentor2, false);
        org.mentor(eli, mentor2, true);
        return org;
    }

    /** A generated organisation: {@code teams} teams under one top team, {@code perTeam} learners each, records for all. */
    static ReportOrgIT generated(DataSource dataSource, int teams, int perTeam, long seed) {
        ReportOrgIT org = new ReportOrgIT(dataSource).reference();
        Random random = new Random(seed);
        long top = org.team("Generated", null);
        Person mentor = org.person("Generated mentor", null, false, true, false);
        List<Long> skills = new ArrayList<>(org.targets.keySet());
        String[] states = {"DRAFT", "ACTIVE", "ACTIVE", "COMPLETED", "IN_REVIEW"};
        String[] statuses = {"NOT_STARTED", "IN_PROGRESS", "COMPLETED", "SKIPPED"};
        for (int t = 0; t < teams; t++) {
            long team = org.team("Team " + t, top);
            for (int p = 0; p < perTeam; p++) {
                Person person = org.person("Person " + t + "-" + p, team, random.nextBoolean(), true, true);
                org.attempt(person, org.certs.get(random.nextInt(2)), org.today.minusDays(random.nextInt(300)), p == 0 || random.nextBoolean());
                org.plan(person, states[random.nextInt(states.length)], LocalDateTime.now().minusDays(random.nextInt(200)),
                        org.item(org.certs.get(0), statuses[random.nextInt(4)], random.nextInt(60) - 30),
                        org.item(org.otherResources.get(0), statuses[random.nextInt(4)], random.nextInt(60) - 30));
                org.rate(person, skills.get(random.nextInt(2)), random.nextInt(5), random.nextBoolean() ? "SELF" : "MENTOR",
                        LocalDateTime.now().minusDays(random.nextInt(100)));
                if (random.nextBoolean()) {
                    org.mentor(person, mentor, true);
                }
            }
        }
        return org;
    }

    long topTeam() {
        return teamPaths.keySet().iterator().next();
    }

    // The figures, computed by hand ----------------------------------------------------------------

    Set<Long> subtree(Long team) {
        if (team == null) {
            return new HashSet<>(teamPaths.keySet());
        }
        String prefix = teamPaths.get(team);
        return teamPaths.entrySet().stream().filter(e -> e.getValue().startsWith(prefix)).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    List<Person> population(Filter f) {
        Set<Long> teams = subtree(f.team());
        return people.stream().filter(p -> p.active() && p.learner() && p.team() != null && teams.contains(p.team()))
                .filter(p -> f.profile() == null || f.profile().equals(p.profile())).toList();
    }

    Set<Long> ids(Filter f) {
        return population(f).stream().map(Person::id).collect(Collectors.toSet());
    }

    /** cert -> [holders, in plan, attempts, failed] */
    Map<Long, long[]> certifications(Filter f) {
        Set<Long> pop = ids(f);
        Map<Long, long[]> out = new LinkedHashMap<>();
        for (long cert : certs) {
            long holders = attempts.stream().filter(a -> a.cert() == cert && pop.contains(a.account()) && a.passed() && f.byEnd(a.on()))
                    .map(Attempt::account).distinct().count();
            long inPlan = plans.stream().filter(p -> pop.contains(p.account()) && OPEN_PLANS.contains(p.state()))
                    .filter(p -> p.items().stream().anyMatch(i -> i.resource() == cert && isOpen(i)))
                    .map(Plan::account).distinct().count();
            List<Attempt> inRange = attempts.stream().filter(a -> a.cert() == cert && pop.contains(a.account()) && f.inRange(a.on())).toList();
            out.put(cert, new long[] {holders, inPlan, inRange.size(), inRange.stream().filter(a -> !a.passed()).count()});
        }
        return out;
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP);
    }

    /** [achieved, started] for the designation. */
    long[] designation(Filter f) {
        long achieved = 0;
        long started = 0;
        for (Person p : population(f)) {
            long held = designationMembers.stream().filter(c -> attempts.stream().anyMatch(a -> a.account() == p.id() && a.cert() == c && a.passed() && f.byEnd(a.on())))
                    .count();
            achieved += held == designationMembers.size() ? 1 : 0;
            started += held > 0 ? 1 : 0;
        }
        return new long[] {achieved, started};
    }

    static boolean isOpen(Item i) {
        return i.status().equals("NOT_STARTED") || i.status().equals("IN_PROGRESS");
    }

    boolean late(Item i) {
        return isOpen(i) && i.due().isBefore(today);
    }

    List<Plan> plansOf(Filter f) {
        Set<Long> pop = ids(f);
        return plans.stream().filter(p -> pop.contains(p.account()) && f.inRange(p.created().toLocalDate())).toList();
    }

    Long teamOf(long account) {
        return people.stream().filter(p -> p.id() == account).findFirst().orElseThrow().team();
    }

    /** team -> [plans, draft, waiting, in review, active, completed, archived, items, done, on track, behind] */
    Map<Long, long[]> plansByTeam(Filter f) {
        List<String> states = List.of("DRAFT", "WAITING_FOR_REVIEW", "IN_REVIEW", "ACTIVE", "COMPLETED", "ARCHIVED");
        Map<Long, long[]> out = new LinkedHashMap<>();
        for (Plan p : plansOf(f)) {
            long[] row = out.computeIfAbsent(teamOf(p.account()), t -> new long[11]);
            row[0]++;
            row[1 + states.indexOf(p.state())]++;
            List<Item> counted = p.items().stream().filter(i -> !i.status().equals("SKIPPED")).toList();
            row[7] += counted.size();
            row[8] += counted.stream().filter(i -> i.status().equals("COMPLETED")).count();
            if (p.state().equals("ACTIVE")) {
                row[counted.stream().anyMatch(this::late) ? 10 : 9]++;
            }
        }
        return out;
    }

    int current(long account, long skill, LocalDate to) {
        Comparator<Rating> byTime = Comparator.comparing(Rating::at);
        List<Rating> of = ratings.stream().filter(r -> r.account() == account && r.skill() == skill)
                .filter(r -> to == null || r.at().toLocalDate().isBefore(to.plusDays(1))).toList();
        Optional<Rating> mentor = of.stream().filter(r -> r.source().equals("MENTOR")).max(byTime);
        return mentor.or(() -> of.stream().filter(r -> r.source().equals("SELF")).max(byTime)).map(Rating::level).orElse(0);
    }

    /** "team:skill" -> [people, sum of gaps, at target] */
    Map<String, long[]> heatmap(Filter f) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (Person p : population(f)) {
            for (Map.Entry<Long, Integer> target : targets.entrySet()) {
                int gap = Math.max(0, target.getValue() - current(p.id(), target.getKey(), f.to()));
                long[] cell = out.computeIfAbsent(p.team() + ":" + target.getKey(), k -> new long[3]);
                cell[0]++;
                cell[1] += gap;
                cell[2] += gap == 0 ? 1 : 0;
            }
        }
        return out;
    }

    /** "team:mentor" (0 for none) -> [items, people] */
    Map<String, long[]> overdue(Filter f) {
        Set<Long> pop = ids(f);
        Map<String, long[]> out = new LinkedHashMap<>();
        Map<String, Set<Long>> people = new LinkedHashMap<>();
        for (Plan p : plans) {
            if (!pop.contains(p.account()) || !OPEN_PLANS.contains(p.state())) {
                continue;
            }
            for (Item i : p.items()) {
                if (late(i) && f.inRange(i.due())) {
                    String key = teamOf(p.account()) + ":" + Objects.requireNonNullElse(currentMentor.get(p.account()), 0L);
                    out.computeIfAbsent(key, k -> new long[2])[0]++;
                    people.computeIfAbsent(key, k -> new HashSet<>()).add(p.account());
                }
            }
        }
        people.forEach((k, v) -> out.get(k)[1] = v.size());
        return out;
    }
}
