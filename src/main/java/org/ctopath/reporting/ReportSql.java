package org.ctopath.reporting;

/**
 * The report SQL, written once: plain SQL for H2 2.x and PostgreSQL that aggregates in the database.
 * The summary tables, the drill-down pages (count and page), the exports and the benchmark
 * ({@link BenchmarkSql}) all run these bodies, wrapped by {@link ReportTable}.
 *
 * <p>Definitions (shown on the pages too):
 * <ul>
 * <li>Population: active accounts with the LEARNER role; the team filter takes the team and every team
 * inside it; the profile filter is the learner's target role profile, CTO where none was chosen.</li>
 * <li>Certifications: holds = a passed attempt on or before the end of the range; attempted, failed and
 * pass rate count the attempts made within the range; in a plan = an item for it, not started or in
 * progress, in a plan that is neither completed nor archived.</li>
 * <li>Plans: plans created within the range; percent complete = completed items of all items not
 * skipped; an active plan is behind when one of its open items is past its due date.</li>
 * <li>Heatmap: ratings made up to the end of the range; the level that counts is the latest mentor
 * rating, else the latest self rating, else 0; gap = target minus that level, never below 0.</li>
 * <li>Overdue: open items (not started, in progress) due before today, and within the range, in plans
 * that are neither completed nor archived; by the person's team and their current mentor.</li>
 * </ul>
 */
final class ReportSql {

    static final String OPEN_PLAN = "dp.state NOT IN ('COMPLETED', 'ARCHIVED')";
    static final String OPEN_ITEM = "pi.status IN ('NOT_STARTED', 'IN_PROGRESS')";

    private ReportSql() {
    }

    /** The people a report counts, filtered by team subtree and target profile. */
    static Sql population(ReportFilter f) {
        Sql sql = new Sql().append("SELECT a.id AS id, a.display_name AS person, a.username AS username, a.team_id AS team_id,"
                + " t.name AS team_name, t.path AS team_path, COALESCE(rp.code, 'CTO') AS profile"
                + " FROM account a JOIN account_role ar ON ar.account_id = a.id AND ar.role = 'LEARNER'"
                + " LEFT JOIN team t ON t.id = a.team_id"
                + " LEFT JOIN learner_target lt ON lt.account_id = a.id"
                + " LEFT JOIN role_profile rp ON rp.id = lt.role_profile_id"
                + " WHERE a.active = TRUE");
        if (f.getTeam() != null) {
            sql.append(" AND t.path LIKE (SELECT tf.path FROM team tf WHERE tf.id = ?) || '%'", f.getTeam());
        }
        if (f.getProfile() != null) {
            sql.append(" AND COALESCE(rp.code, 'CTO') = ?", f.getProfile());
        }
        return sql;
    }

    private static Sql pop(ReportFilter f) {
        return new Sql().append("(").append(population(f)).append(") pop");
    }

    /** Condition on a date column for the range, from and to both inclusive. */
    private static Sql inRange(String column, ReportFilter f) {
        Sql sql = new Sql();
        if (f.getFrom() != null) {
            sql.append(" AND " + column + " >= ?", f.getFrom());
        }
        if (f.getTo() != null) {
            sql.append(" AND " + column + " <= ?", f.getTo());
        }
        return sql;
    }

    /** The same for a timestamp column: from the start of the first day to the end of the last. */
    private static Sql timeInRange(String column, ReportFilter f) {
        Sql sql = new Sql();
        if (f.getFrom() != null) {
            sql.append(" AND " + column + " >= ?", f.getFrom());
        }
        if (f.getTo() != null) {
            sql.append(" AND " + column + " < ?", f.getTo().plusDays(1));
        }
        return sql;
    }

    private static Sql upToEnd(String column, ReportFilter f) {
        return f.getTo() == null ? new Sql() : new Sql().append(" AND " + column + " <= ?", f.getTo());
    }

    private static Sql teamIs(String column, Long team) {
        if (team == null) {
            return new Sql();
        }
        return team == 0 ? new Sql().append(" AND " + column + " IS NULL") : new Sql().append(" AND " + column + " = ?", team);
    }

    // Certifications ------------------------------------------------------------------------------

    static Sql certifications(ReportFilter f) {
        return new Sql().append("SELECT lr.id AS cert_id, lr.code AS code, lr.title AS title,"
                        + " COALESCE(h.n, 0) AS holders, COALESCE(p.n, 0) AS in_plan, COALESCE(x.attempts, 0) AS attempts,"
                        + " COALESCE(x.failed, 0) AS failed,"
                        + " CASE WHEN COALESCE(x.attempts, 0) = 0 THEN NULL"
                        + " ELSE ROUND(100.0 * (x.attempts - x.failed) / x.attempts, 1) END AS pass_rate"
                        + " FROM certification c JOIN learning_resource lr ON lr.id = c.resource_id"
                        + " LEFT JOIN (SELECT ca.certification_id AS cid, COUNT(DISTINCT ca.account_id) AS n"
                        + " FROM certification_attempt ca JOIN ").append(pop(f))
                .append(" ON pop.id = ca.account_id WHERE ca.passed = TRUE").append(upToEnd("ca.attempted_on", f))
                .append(" GROUP BY ca.certification_id) h ON h.cid = c.resource_id"
                        + " LEFT JOIN (SELECT pi.resource_id AS cid, COUNT(DISTINCT dp.account_id) AS n"
                        + " FROM plan_item pi JOIN development_plan dp ON dp.id = pi.plan_id JOIN ").append(pop(f))
                .append(" ON pop.id = dp.account_id WHERE " + OPEN_PLAN + " AND " + OPEN_ITEM
                        + " GROUP BY pi.resource_id) p ON p.cid = c.resource_id"
                        + " LEFT JOIN (SELECT ca.certification_id AS cid, COUNT(*) AS attempts,"
                        + " SUM(CASE WHEN ca.passed = TRUE THEN 0 ELSE 1 END) AS failed"
                        + " FROM certification_attempt ca JOIN ").append(pop(f))
                .append(" ON pop.id = ca.account_id WHERE 1 = 1").append(inRange("ca.attempted_on", f))
                .append(" GROUP BY ca.certification_id) x ON x.cid = c.resource_id"
                        + " WHERE lr.archived = FALSE");
    }

    static Sql designations(ReportFilter f) {
        return new Sql().append("SELECT d.id AS designation_id, d.code AS code, d.name AS name, n.total AS required,"
                        + " COALESCE(SUM(CASE WHEN held.cnt = n.total THEN 1 ELSE 0 END), 0) AS achieved,"
                        + " COUNT(held.account_id) AS started"
                        + " FROM designation d"
                        + " JOIN (SELECT designation_id, COUNT(*) AS total FROM designation_certification GROUP BY designation_id) n"
                        + " ON n.designation_id = d.id"
                        + " LEFT JOIN (SELECT dc.designation_id AS did, ca.account_id AS account_id,"
                        + " COUNT(DISTINCT ca.certification_id) AS cnt"
                        + " FROM designation_certification dc JOIN certification_attempt ca ON ca.certification_id = dc.certification_id"
                        + " JOIN ").append(pop(f))
                .append(" ON pop.id = ca.account_id WHERE ca.passed = TRUE").append(upToEnd("ca.attempted_on", f))
                .append(" GROUP BY dc.designation_id, ca.account_id) held ON held.did = d.id"
                        + " WHERE d.archived = FALSE GROUP BY d.id, d.code, d.name, n.total");
    }

    /** Everyone in the population with an attempt at the certification or an open plan item for it. */
    static Sql certificationPeople(ReportFilter f) {
        Sql passedByEnd = new Sql().append("ca.passed = TRUE").append(upToEnd("ca.attempted_on", f));
        Sql attemptInRange = new Sql().append("1 = 1").append(inRange("ca.attempted_on", f));
        return new Sql().append("SELECT pop.id AS account_id, pop.person AS person, pop.username AS username,"
                        + " COALESCE(pop.team_name, '') AS team, pop.profile AS profile,"
                        + " CASE WHEN COALESCE(a.passes, 0) > 0 THEN 'yes' ELSE 'no' END AS holds,"
                        + " CASE WHEN COALESCE(pl.n, 0) > 0 THEN 'yes' ELSE 'no' END AS in_plan,"
                        + " COALESCE(a.attempts, 0) AS attempts, COALESCE(a.failed, 0) AS failed, a.last_attempt AS last_attempt"
                        + " FROM ").append(pop(f))
                .append(" LEFT JOIN (SELECT ca.account_id AS account_id, SUM(CASE WHEN ").append(passedByEnd)
                .append(" THEN 1 ELSE 0 END) AS passes, SUM(CASE WHEN ").append(attemptInRange)
                .append(" THEN 1 ELSE 0 END) AS attempts, SUM(CASE WHEN ca.passed = FALSE").append(inRange("ca.attempted_on", f))
                .append(" THEN 1 ELSE 0 END) AS failed, MAX(ca.attempted_on) AS last_attempt"
                        + " FROM certification_attempt ca WHERE ca.certification_id = ? GROUP BY ca.account_id) a ON a.account_id = pop.id",
                        required(f.getCert(), "cert"))
                .append(" LEFT JOIN (SELECT dp.account_id AS account_id, COUNT(*) AS n FROM plan_item pi"
                        + " JOIN development_plan dp ON dp.id = pi.plan_id WHERE pi.resource_id = ? AND " + OPEN_PLAN + " AND " + OPEN_ITEM
                        + " GROUP BY dp.account_id) pl ON pl.account_id = pop.id", f.getCert())
                .append(" WHERE (a.account_id IS NOT NULL OR pl.account_id IS NOT NULL)");
    }

    /**
     * The facts the ITIL 4 renewal rule ({@link org.ctopath.certification.Renewal}) needs, for every
     * scheme whose certificates share one renew-by date: each passed exam and each CPD entry of the
     * population, one row each, ordered by person and scheme so that they are read in one pass.
     */
    static Sql renewalFacts(ReportFilter f) {
        String scheme = "cs.shared_renewal_date = TRUE AND cs.validity_months IS NOT NULL AND cs.archived = FALSE";
        Sql sql = new Sql().append("SELECT pop.id AS account_id, pop.person AS person, COALESCE(pop.team_name, '') AS team,"
                        + " cs.id AS scheme_id, cs.name AS scheme, cs.validity_months AS validity_months,"
                        + " cs.cpd_points_per_year AS points_per_year, 'PASS' AS kind, ca.attempted_on AS on_day,"
                        + " CAST(NULL AS DECIMAL(5, 1)) AS points, CAST(NULL AS VARCHAR(16)) AS category"
                        + " FROM certification_attempt ca JOIN certification c ON c.resource_id = ca.certification_id"
                        + " JOIN certification_scheme cs ON cs.id = c.scheme_id JOIN ").append(pop(f))
                .append(" ON pop.id = ca.account_id WHERE ca.passed = TRUE AND " + scheme);
        if (f.getScheme() != null) {
            sql.append(" AND cs.id = ?", f.getScheme());
        }
        sql.append(" UNION ALL SELECT pop.id, pop.person, COALESCE(pop.team_name, ''), cs.id, cs.name, cs.validity_months,"
                        + " cs.cpd_points_per_year, 'CPD', ce.earned_on, ce.points, ce.category"
                        + " FROM cpd_entry ce JOIN certification_scheme cs ON cs.id = ce.scheme_id JOIN ").append(pop(f))
                .append(" ON pop.id = ce.account_id WHERE " + scheme);
        if (f.getScheme() != null) {
            sql.append(" AND cs.id = ?", f.getScheme());
        }
        return sql;
    }

    // Plans ---------------------------------------------------------------------------------------

    /** One row per plan created within the range, with its item counts. */
    private static Sql planFacts(ReportFilter f) {
        return new Sql().append("SELECT dp.id AS plan_id, pop.id AS account_id, pop.person AS person, pop.team_id AS team_id,"
                        + " pop.team_name AS team_name, pop.team_path AS team_path, dp.title AS title, dp.state AS state,"
                        + " dp.created_at AS created_at, COUNT(pi.id) AS items,"
                        + " SUM(CASE WHEN pi.status = 'COMPLETED' THEN 1 ELSE 0 END) AS done,"
                        + " SUM(CASE WHEN " + OPEN_ITEM + " AND pi.due_date < CURRENT_DATE THEN 1 ELSE 0 END) AS late"
                        + " FROM development_plan dp JOIN ").append(pop(f))
                .append(" ON pop.id = dp.account_id"
                        + " LEFT JOIN plan_item pi ON pi.plan_id = dp.id AND pi.status <> 'SKIPPED' WHERE 1 = 1")
                .append(timeInRange("dp.created_at", f))
                .append(" GROUP BY dp.id, pop.id, pop.person, pop.team_id, pop.team_name, pop.team_path, dp.title, dp.state, dp.created_at");
    }

    static Sql plansByTeam(ReportFilter f) {
        StringBuilder states = new StringBuilder();
        for (String state : new String[] {"DRAFT", "WAITING_FOR_REVIEW", "IN_REVIEW", "ACTIVE", "COMPLETED", "ARCHIVED"}) {
            states.append(" SUM(CASE WHEN pf.state = '").append(state).append("' THEN 1 ELSE 0 END) AS ")
                    .append(state.toLowerCase()).append(",");
        }
        return new Sql().append("SELECT COALESCE(pf.team_id, 0) AS team_id, COALESCE(pf.team_name, '(no team)') AS team,"
                        + " COALESCE(pf.team_path, '') AS team_path, COUNT(*) AS plans," + states
                        + " SUM(pf.items) AS items, SUM(pf.done) AS done,"
                        + " CASE WHEN SUM(pf.items) = 0 THEN NULL ELSE ROUND(100.0 * SUM(pf.done) / SUM(pf.items), 1) END AS percent_complete,"
                        + " SUM(CASE WHEN pf.state = 'ACTIVE' AND pf.late = 0 THEN 1 ELSE 0 END) AS on_track,"
                        + " SUM(CASE WHEN pf.state = 'ACTIVE' AND pf.late > 0 THEN 1 ELSE 0 END) AS behind"
                        + " FROM (").append(planFacts(f))
                .append(") pf GROUP BY pf.team_id, pf.team_name, pf.team_path");
    }

    static Sql planList(ReportFilter f) {
        return new Sql().append("SELECT pf.plan_id AS plan_id, pf.account_id AS account_id, pf.person AS person,"
                        + " COALESCE(pf.team_name, '') AS team, pf.title AS title, pf.state AS state, pf.created_at AS created_at,"
                        + " pf.items AS items, pf.done AS done,"
                        + " CASE WHEN pf.items = 0 THEN NULL ELSE ROUND(100.0 * pf.done / pf.items, 1) END AS percent_complete,"
                        + " CASE WHEN pf.state <> 'ACTIVE' THEN '' WHEN pf.late > 0 THEN 'behind' ELSE 'on track' END AS progress"
                        + " FROM (").append(planFacts(f)).append(") pf WHERE 1 = 1").append(teamIs("pf.team_id", f.getInTeam()));
    }

    // Skill heatmap -------------------------------------------------------------------------------

    /** The latest rating of each person and skill from one source, up to the end of the range. */
    private static Sql latest(String source, ReportFilter f) {
        Sql sql = new Sql().append("SELECT sr.account_id AS account_id, sr.skill_id AS skill_id, sr.level_ordinal AS level_ordinal"
                + " FROM skill_rating sr WHERE sr.source = '" + source + "'");
        if (f.getTo() != null) {
            sql.append(" AND sr.rated_at < ?", f.getTo().plusDays(1));
        }
        sql.append(" AND NOT EXISTS (SELECT 1 FROM skill_rating s2 WHERE s2.account_id = sr.account_id AND s2.skill_id = sr.skill_id"
                + " AND s2.source = sr.source");
        if (f.getTo() != null) {
            sql.append(" AND s2.rated_at < ?", f.getTo().plusDays(1));
        }
        return sql.append(" AND (s2.rated_at > sr.rated_at OR (s2.rated_at = sr.rated_at AND s2.id > sr.id)))");
    }

    /** Each person of the profile against each skill of it. The heatmap needs a profile: CTO unless one is chosen. */
    private static Sql gaps(ReportFilter f) {
        String current = "COALESCE(m.level_ordinal, s.level_ordinal, 0)";
        return new Sql().append("SELECT pop.id AS account_id, pop.person AS person, pop.team_id AS team_id, pop.team_name AS team_name,"
                        + " pop.team_path AS team_path, sk.id AS skill_id, sk.code AS skill_code, sk.name AS skill_name,"
                        + " rps.position AS position, tl.ordinal AS target, " + current + " AS current_level,"
                        + " CASE WHEN m.level_ordinal IS NOT NULL THEN 'MENTOR' WHEN s.level_ordinal IS NOT NULL THEN 'SELF' ELSE '' END AS rated_by,"
                        + " CASE WHEN tl.ordinal > " + current + " THEN tl.ordinal - " + current + " ELSE 0 END AS gap"
                        + " FROM ").append(pop(f))
                .append(" JOIN role_profile rp ON rp.code = pop.profile"
                        + " JOIN role_profile_skill rps ON rps.role_profile_id = rp.id"
                        + " JOIN proficiency_level tl ON tl.id = rps.target_level_id"
                        + " JOIN skill sk ON sk.id = rps.skill_id"
                        + " LEFT JOIN (").append(latest("MENTOR", f)).append(") m ON m.account_id = pop.id AND m.skill_id = sk.id")
                .append(" LEFT JOIN (").append(latest("SELF", f)).append(") s ON s.account_id = pop.id AND s.skill_id = sk.id");
    }

    static Sql heatmap(ReportFilter f) {
        return new Sql().append("SELECT COALESCE(g.team_id, 0) AS team_id, COALESCE(g.team_name, '(no team)') AS team,"
                        + " COALESCE(g.team_path, '') AS team_path, g.skill_id AS skill_id, g.skill_code AS skill_code,"
                        + " g.skill_name AS skill_name, g.position AS position, COUNT(*) AS people,"
                        + " ROUND(AVG(g.gap * 1.0), 2) AS average_gap,"
                        + " SUM(CASE WHEN g.gap = 0 THEN 1 ELSE 0 END) AS at_target"
                        + " FROM (").append(gaps(f))
                .append(") g GROUP BY g.team_id, g.team_name, g.team_path, g.skill_id, g.skill_code, g.skill_name, g.position");
    }

    static Sql heatmapPeople(ReportFilter f) {
        return new Sql().append("SELECT g.account_id AS account_id, g.person AS person, COALESCE(g.team_name, '') AS team,"
                        + " g.skill_code AS skill_code, g.skill_name AS skill_name, g.target AS target,"
                        + " g.current_level AS current_level, g.rated_by AS rated_by, g.gap AS gap FROM (").append(gaps(f))
                .append(") g WHERE g.skill_id = ?", required(f.getSkill(), "skill")).append(teamIs("g.team_id", f.getInTeam()));
    }

    // Overdue -------------------------------------------------------------------------------------

    private static Sql overdueItems(ReportFilter f) {
        return new Sql().append("SELECT pi.id AS item_id, pop.id AS account_id, pop.person AS person, pop.team_id AS team_id,"
                        + " pop.team_name AS team_name, pop.team_path AS team_path, mr.mentor_id AS mentor_id,"
                        + " ma.display_name AS mentor_name, lr.title AS item, pi.due_date AS due_date, pi.status AS status,"
                        + " pi.percent_done AS percent_done"
                        + " FROM plan_item pi JOIN development_plan dp ON dp.id = pi.plan_id JOIN ").append(pop(f))
                .append(" ON pop.id = dp.account_id"
                        + " JOIN learning_resource lr ON lr.id = pi.resource_id"
                        + " LEFT JOIN mentor_relation mr ON mr.learner_id = pop.id AND mr.ended_at IS NULL"
                        + " LEFT JOIN account ma ON ma.id = mr.mentor_id"
                        + " WHERE " + OPEN_ITEM + " AND pi.due_date < CURRENT_DATE AND " + OPEN_PLAN)
                .append(inRange("pi.due_date", f));
    }

    static Sql overdue(ReportFilter f) {
        return new Sql().append("SELECT COALESCE(o.team_id, 0) AS team_id, COALESCE(o.team_name, '(no team)') AS team,"
                        + " COALESCE(o.team_path, '') AS team_path, COALESCE(o.mentor_id, 0) AS mentor_id,"
                        + " COALESCE(o.mentor_name, '(no mentor)') AS mentor, COUNT(*) AS overdue_items,"
                        + " COUNT(DISTINCT o.account_id) AS people, MIN(o.due_date) AS oldest_due FROM (").append(overdueItems(f))
                .append(") o GROUP BY o.team_id, o.team_name, o.team_path, o.mentor_id, o.mentor_name");
    }

    static Sql overdueList(ReportFilter f) {
        Sql sql = new Sql().append("SELECT o.item_id AS item_id, o.account_id AS account_id, o.person AS person,"
                        + " COALESCE(o.team_name, '') AS team, COALESCE(o.mentor_name, '') AS mentor, o.item AS item,"
                        + " o.due_date AS due_date, o.status AS status, o.percent_done AS percent_done FROM (").append(overdueItems(f))
                .append(") o WHERE 1 = 1").append(teamIs("o.team_id", f.getInTeam()));
        return sql.append(teamIs("o.mentor_id", f.getMentor()));
    }

    private static Long required(Long value, String name) {
        if (value == null) {
            throw new ReportFilter.BadFilter(name, "This list needs the " + name + " parameter: open it from a row of the report.");
        }
        return value;
    }
}
