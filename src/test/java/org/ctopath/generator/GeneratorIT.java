package org.ctopath.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.ctopath.platform.Database;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Settings;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.ctopath.testing.http.Visitor;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The data generator at small scale, each test under a prefix of its own so nothing else sees its people. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class GeneratorIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL baseURL;

    @Inject
    DataGeneration generation;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private static String prefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** The accounts of the prefix: learners and mentors. */
    private static String ours(String alias, String prefix) {
        return alias + ".username LIKE '" + prefix + "-%'";
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Set<String> values(String sql) throws Exception {
        Set<String> values = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void makesAnOrganisationOfTheRightShape() throws Exception {
        String prefix = prefix();
        Generator.Summary summary = generation.generate(200, 7L, prefix);

        assertEquals(200, count("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'LEARNER' WHERE "
                + ours("a", prefix)));
        assertEquals(10, count("SELECT COUNT(*) FROM account a JOIN account_role r ON r.account_id = a.id AND r.role = 'MENTOR' WHERE "
                + ours("a", prefix)));
        assertEquals(210, summary.rows().get("account"));
        // Ten departments of ten teams; every learner in a team inside a department, spread over all hundred.
        assertEquals(10, count("SELECT COUNT(*) FROM team WHERE parent_id IS NULL AND name LIKE '%[" + prefix + "]'"));
        assertEquals(100, count("SELECT COUNT(DISTINCT t.id) FROM account a JOIN team t ON t.id = a.team_id"
                + " JOIN team d ON d.id = t.parent_id AND d.parent_id IS NULL WHERE t.path = d.path || CAST(t.id AS VARCHAR(20)) || '/' AND "
                + ours("a", prefix) + " AND a.username LIKE '%-learner-%'"));
        // Current relations only from mentors to learners of the prefix, at most one each.
        long current = count("SELECT COUNT(*) FROM mentor_relation m JOIN account a ON a.id = m.learner_id WHERE m.ended_at IS NULL AND " + ours("a", prefix));
        assertTrue(current >= 170 && current <= 200, "most learners have a mentor: " + current);
        assertEquals(0, count("SELECT COUNT(*) FROM mentor_relation m JOIN account a ON a.id = m.learner_id"
                + " WHERE " + ours("a", prefix) + " AND NOT EXISTS (SELECT 1 FROM account_role r WHERE r.account_id = m.mentor_id AND r.role = 'MENTOR')"));
        assertTrue(count("SELECT COUNT(*) FROM mentor_relation m JOIN account a ON a.id = m.learner_id WHERE m.ended_at IS NOT NULL AND "
                + ours("a", prefix)) > 0, "some earlier relations ended");
        // Ratings of both sources; mentor ratings review a self-rating of the same person and skill.
        assertEquals(Set.of("SELF", "MENTOR"), values("SELECT DISTINCT r.source FROM skill_rating r JOIN account a ON a.id = r.account_id WHERE "
                + ours("a", prefix)));
        assertEquals(0, count("SELECT COUNT(*) FROM skill_rating m JOIN account a ON a.id = m.account_id JOIN skill_rating s ON s.id = m.reviews_rating_id"
                + " WHERE " + ours("a", prefix) + " AND (s.account_id <> m.account_id OR s.skill_id <> m.skill_id OR s.source <> 'SELF')"));
        // Plans in every state, items in every status, about ten items per learner, some overdue.
        assertEquals(Set.of("DRAFT", "WAITING_FOR_REVIEW", "IN_REVIEW", "ACTIVE", "COMPLETED", "ARCHIVED"), values(
                "SELECT DISTINCT p.state FROM development_plan p JOIN account a ON a.id = p.account_id WHERE " + ours("a", prefix)));
        assertEquals(0, count("SELECT COUNT(*) FROM development_plan p JOIN account a ON a.id = p.account_id WHERE " + ours("a", prefix)
                + " AND p.state <> 'DRAFT' AND NOT EXISTS (SELECT 1 FROM plan_transition t WHERE t.plan_id = p.id AND t.to_state = p.state)"),
                "every plan that moved has the transition that brought it where it is");
        String items = " FROM plan_item i JOIN development_plan p ON p.id = i.plan_id JOIN account a ON a.id = p.account_id WHERE " + ours("a", prefix);
        assertEquals(Set.of("NOT_STARTED", "IN_PROGRESS", "COMPLETED", "SKIPPED"), values("SELECT DISTINCT i.status" + items));
        long itemCount = count("SELECT COUNT(*)" + items);
        assertTrue(itemCount > 1500 && itemCount < 2600, "about ten items a learner: " + itemCount);
        assertTrue(count("SELECT COUNT(*)" + items + " AND p.state = 'ACTIVE' AND i.status IN ('NOT_STARTED', 'IN_PROGRESS') AND i.due_date < CURRENT_DATE") > 0,
                "some items are overdue");
        assertEquals(0, count("SELECT COUNT(*)" + items + " AND ((i.status = 'COMPLETED') <> (i.completed_at IS NOT NULL)"
                + " OR (i.status = 'SKIPPED' AND i.skip_reason IS NULL))"));
        // About three certification attempts a learner, ITIL 4 Foundation the most, passes and fails.
        String attempts = " FROM certification_attempt c JOIN account a ON a.id = c.account_id JOIN learning_resource r ON r.id = c.certification_id WHERE "
                + ours("a", prefix);
        long attemptCount = count("SELECT COUNT(*)" + attempts);
        assertTrue(attemptCount > 400 && attemptCount < 800, "about three attempts a learner: " + attemptCount);
        assertEquals(Set.of("true", "false"), values("SELECT DISTINCT CASE WHEN c.passed THEN 'true' ELSE 'false' END" + attempts));
        long foundation = count("SELECT COUNT(*)" + attempts + " AND r.code = 'ITIL4-F'");
        assertTrue(foundation > count("SELECT COUNT(*)" + attempts + " AND r.code = 'ITIL4-DPI'"), "Foundation is taken most");
        assertTrue(count("SELECT COUNT(*)" + attempts + " AND c.attempted_on < DATE '" + java.time.LocalDate.now().minusDays(1000) + "'") > 0, "attempts go back years");
    }

    @Test
    void aGeneratedLearnerSignsInWithTheSharedPassword() throws Exception {
        String prefix = prefix();
        generation.generate(3, 1L, prefix);

        Visitor visitor = new Visitor(baseURL);
        visitor.signIn(Generator.learnerUsername(prefix, 1), Generator.PASSWORD);
        assertEquals(200, visitor.get("/learner/home").statusCode());
    }

    @Test
    void aSecondRunWithTheSamePrefixIsRefusedAndAddsNothing() throws Exception {
        String prefix = prefix();
        generation.generate(5, 1L, prefix);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> generation.generate(5, 2L, prefix));
        assertTrue(refused.getProblems().get(0).message().contains("exists already"), refused.getProblems().toString());
        assertEquals(6, count("SELECT COUNT(*) FROM account a WHERE " + ours("a", prefix)));
    }

    @Test
    void badInputIsRefusedByField() {
        assertEquals("learners", assertThrows(InvalidInput.class, () -> generation.generate(0, 1L, prefix())).getProblems().get(0).field());
        assertEquals("prefix", assertThrows(InvalidInput.class, () -> generation.generate(5, 1L, "Not A Prefix")).getProblems().get(0).field());
    }

    @Test
    void theServiceRefusesWhenTheGeneratorIsOff() throws Exception {
        DataGeneration off = new DataGeneration();
        off.dataSource = dataSource;
        off.settings = new Settings() {
            @Override
            public boolean dataGenerator() {
                return false;
            }
        };
        String prefix = prefix();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> off.generate(5, 1L, prefix));
        assertEquals(DataGeneration.DISABLED, refused.getProblems().get(0).message());
        assertEquals(0, count("SELECT COUNT(*) FROM account a WHERE " + ours("a", prefix)));
    }

    @Test
    void anAdministratorGeneratesFromThePageAndTheAuditLogSaysSo() throws Exception {
        String prefix = prefix();
        Visitor admin = new Visitor(baseURL);
        admin.signIn("admin", "admin-demo");

        String page = admin.submit("/admin/generate", "generate=generate&generate%3Alearners_input=4&generate%3Alearners_hinput=4"
                + "&generate%3Aseed_input=9&generate%3Aseed_hinput=9&generate%3Aprefix=" + prefix + "&generate%3Arun=").body();

        assertTrue(page.contains("Generated 8 team, 5 account"), page);
        assertEquals(5, count("SELECT COUNT(*) FROM account a WHERE " + ours("a", prefix)));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'admin' AND details LIKE '%prefix " + prefix + "%'"));

        String refused = admin.submit("/admin/generate", "generate=generate&generate%3Alearners_input=0&generate%3Alearners_hinput=0"
                + "&generate%3Aseed_input=9&generate%3Aseed_hinput=9&generate%3Aprefix=" + prefix + "2&generate%3Arun=").body();
        assertTrue(refused.contains("From 1 to 100000 learners."), refused);
    }

    @Test
    void thePageIsForAdministratorsAndOnInDemoMode() throws Exception {
        Visitor learner = new Visitor(baseURL);
        learner.signIn("learner", "learner-demo");
        assertEquals(403, learner.get("/admin/generate").statusCode());

        Visitor admin = new Visitor(baseURL);
        admin.signIn("admin", "admin-demo");
        assertTrue(admin.get("/admin/generate").body().contains("id=\"generate:run\""), "demo mode: the generator is on");
        assertTrue(admin.get("/admin/home").body().contains("admin-generate"));
        assertTrue(Optional.ofNullable(admin.get("/admin/bulk-plans").body()).orElse("").contains("bulk:make"));
    }
}
