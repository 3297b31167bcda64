package org.ctopath.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ctopath.assessment.AssessmentService;
import org.ctopath.assessment.AssessmentService.RatingDraft;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountIdentityStore;
import org.ctopath.identity.AccountService;
import org.ctopath.identity.Role;
import org.ctopath.identity.Team;
import org.ctopath.identity.Teams;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.plan.PlanService;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Messages;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People administration inside the server: the CSV import, teams, the person's rules and the list. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class PeopleAdministrationIT {

    private static final String PASSWORD = "a long enough password";
    private static final String HEADER = "name,email,username,team,mentor,role_profile\n";

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    PeopleImport imports;

    @Inject
    People people;

    @Inject
    Teams teams;

    @Inject
    AccountService accounts;

    @Inject
    AccountIdentityStore identityStore;

    @Inject
    MentorRelations relations;

    @Inject
    AssessmentService assessment;

    @Inject
    PlanService plans;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private PeopleImport.Outcome importCsv(String text) {
        return imports.importCsv("people.csv", text.getBytes(StandardCharsets.UTF_8), "admin");
    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private Status signIn(String username, String password) {
        return identityStore.validate(new UsernamePasswordCredential(username, password)).getStatus();
    }

    private Team team(long id) {
        return teams.find(id).orElseThrow();
    }

    private PersonData person(Account account) {
        return people.person(account.getId()).orElseThrow();
    }

    private long newPerson(String username, Set<Role> roles) {
        PersonData data = new PersonData();
        data.setUsername(username);
        data.setDisplayName("Person " + username);
        data.setEmail(username + "@example.org");
        data.setRoles(roles.stream().map(Role::name).toList());
        data.setNewPassword(PASSWORD);
        return people.save(data, "admin");
    }

    // Import

    @Test
    void aFileWithAnyWrongRowSavesNothingAndNamesEveryProblemByLineAndColumn() {
        String good = unique("good");
        String dup = unique("dup");
        PeopleImport.Outcome outcome = importCsv(HEADER
                + "Good Person," + good + "@example.org," + good + ",,,\n"
                + "Dup One," + dup + "@example.org," + dup + ",,,\n"
                + "Dup Two,dup2@example.org," + dup.toUpperCase() + ",,,\n"
                + "No Mail,,nomail,,,\n"
                + "Bad Mentor,bm@example.org," + unique("bm") + ",,learner,\n"
                + "Bad Profile,bp@example.org," + unique("bp") + ",,,NO-SUCH\n");

        assertFalse(outcome.isApplied());
        assertEquals(List.of(
                        "4 username: The username " + dup + " is already on line 3.",
                        "5 email: An email address is required.",
                        "6 mentor: learner is not a mentor: give them the MENTOR role (in the roles column or on their page).",
                        "7 role_profile: There is no role profile NO-SUCH in use. The codes are: " + String.join(", ",
                                people.profiles().stream().map(p -> p.getCode()).sorted().toList()) + "."),
                outcome.problems().stream().map(p -> p.line() + " " + p.column() + ": " + p.message()).toList());
        assertTrue(accounts.findByUsername(good).isEmpty(), "a good row of a refused file is not saved either");
        assertTrue(accounts.findByUsername(dup).isEmpty());
    }

    @Test
    void existingUsernamesAreUpdatedAndNewPeopleHaveNoPasswordYet() throws Exception {
        String learner = unique("upd");
        long id = newPerson(learner, EnumSet.of(Role.LEARNER));
        String mentor = unique("mnt");
        String fresh = unique("new");
        String top = unique("Org");
        String profile = people.profiles().stream().map(p -> p.getCode()).filter(c -> !c.equals("CTO")).findFirst().orElse("CTO");

        PeopleImport.Outcome outcome = importCsv("name,email,username,team,manager,role_profile,roles\n"
                + "Mia Mentor," + mentor + "@example.org," + mentor + "," + top + ",,,MENTOR\n"
                + "Renamed Learner,renamed@example.org," + learner.toUpperCase() + "," + top + "/Platform," + mentor + "," + profile + ",\n"
                + "Fresh Face," + fresh + "@example.org," + fresh + "," + top + "/Platform," + mentor + ",,\n");

        assertTrue(outcome.isApplied(), () -> outcome.problems().toString());
        assertEquals(2, outcome.created());
        assertEquals(1, outcome.updated());
        assertEquals(2, outcome.teamsCreated());
        Account updated = account(learner);
        assertEquals(id, updated.getId());
        assertEquals("Renamed Learner", updated.getDisplayName());
        assertEquals("renamed@example.org", updated.getEmail());
        assertEquals(EnumSet.of(Role.LEARNER), updated.getRoles(), "no roles given: the roles stay");
        assertEquals(profile, assessment.target(learner).getCode());
        assertEquals(mentor, relations.mentorOf(id).orElseThrow().getUsername());
        assertEquals(Status.VALID, signIn(learner, PASSWORD), "an update keeps the password");

        Account created = account(fresh);
        assertEquals(EnumSet.of(Role.LEARNER), created.getRoles());
        assertEquals("CTO", assessment.target(fresh).getCode());
        assertEquals(mentor, relations.mentorOf(created.getId()).orElseThrow().getUsername());
        assertFalse(created.hasPassword());
        assertEquals(Status.INVALID, signIn(fresh, ""), "no password, no sign-in");
        assertEquals(Status.INVALID, signIn(fresh, "none"));
        assertEquals(EnumSet.of(Role.MENTOR), account(mentor).getRoles());

        PeopleImport.Outcome again = importCsv("name,email,username,team,mentor,role_profile,roles\n"
                + "Fresh Face," + fresh + "@example.org," + fresh + "," + top + "/Platform," + mentor + ",,\n");
        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(1, again.unchanged(), "the same row twice changes nothing");
        assertEquals(1, relations.historyOf(created.getId()).size(), "nor starts another mentor relation");
    }

    @Test
    void teamPathsMakeNestedTeamsOnceAndFindThemAgainWhateverTheirCase() {
        String top = unique("Engineering");
        String first = unique("first");
        String second = unique("second");

        importCsv(HEADER + "First," + first + "@example.org," + first + "," + top + "/Platform/Runtime,,\n");
        importCsv(HEADER + "Second," + second + "@example.org," + second + "," + top.toUpperCase() + "/platform,,\n");

        Team runtime = account(first).getTeam();
        Team platform = account(second).getTeam();
        assertEquals("Runtime", runtime.getName());
        assertEquals(platform.getId(), runtime.getParent().getId(), "Platform was found again, not made twice");
        assertEquals(top, platform.getParent().getName());
        assertNull(platform.getParent().getParent());
        assertEquals(platform.getPath() + runtime.getId() + "/", runtime.getPath());
        assertEquals(top + "/Platform/Runtime", teams.pathName(runtime));
    }

    /**
     * Inside a transaction that is rolled back afterwards (everything is flushed to the database
     * before it ends): 10,000 more learners would slow every later test that lists learners.
     */
    @Test
    void aFileOfTenThousandPeopleIsCheckedAndSavedInOneGo() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            file.append("Person ").append(i).append(",p").append(i).append('@').append(run).append(".example.org,bulk-")
                    .append(run).append('-').append(i).append(",Bulk-").append(run).append("/Team ").append(i % 100).append(",,\n");
        }
        transaction.begin();
        try {
            long started = System.nanoTime();
            PeopleImport.Outcome outcome = importCsv(file.toString());
            long seconds = (System.nanoTime() - started) / 1_000_000_000;

            assertTrue(outcome.isApplied(), () -> outcome.getShownProblems().toString());
            assertEquals(10_000, outcome.created());
            assertEquals(101, outcome.teamsCreated());
            Team bulk = teams.named("Bulk-" + run, null).orElseThrow();
            assertEquals(10_000, people.count(new PeopleQuery(null, bulk.getId(), Role.LEARNER, true)));
            assertEquals(100, people.page(new PeopleQuery(null, bulk.getId(), null, null), 9_900, 100, "username", true).size());
            assertTrue(seconds < 120, "took " + seconds + " s");
        } finally {
            transaction.rollback();
        }
    }

    // Teams

    @Test
    void movingATeamMovesEveryTeamInsideItInOneGo() {
        Team a = teams.add(unique("A"), null);
        Team b = teams.add("B", a.getId());
        Team c = teams.add("C", b.getId());
        Team d = teams.add(unique("D"), null);

        teams.move(b.getId(), d.getId(), team(b.getId()).getVersion());

        assertEquals(d.getPath() + b.getId() + "/", team(b.getId()).getPath());
        assertEquals(d.getPath() + b.getId() + "/" + c.getId() + "/", team(c.getId()).getPath());
        assertEquals(d.getId(), team(b.getId()).getParent().getId());
        assertEquals(List.of(a.getId()), teams.all().stream().filter(t -> t.getPath().startsWith(team(a.getId()).getPath()))
                .map(Team::getId).toList(), "nothing is left inside the team moved from");

        InvalidInput intoItself = assertThrows(InvalidInput.class, () -> teams.move(d.getId(), c.getId(), team(d.getId()).getVersion()));
        assertTrue(intoItself.messageFor("parent").startsWith("A team cannot move inside one of its own inner teams"));
        assertEquals("A team cannot sit inside itself.", assertThrows(InvalidInput.class,
                () -> teams.move(d.getId(), d.getId(), team(d.getId()).getVersion())).messageFor("parent"));

        teams.move(b.getId(), null, team(b.getId()).getVersion());
        assertEquals("/" + b.getId() + "/" + c.getId() + "/", team(c.getId()).getPath(), "to the top level");
    }

    @Test
    void teamsCountTheirPeopleDirectlyAndWithEveryInnerTeam() {
        String top = unique("Counted");
        String one = unique("one");
        String two = unique("two");
        String three = unique("three");
        importCsv(HEADER + "One," + one + "@example.org," + one + "," + top + ",,\n"
                + "Two," + two + "@example.org," + two + "," + top + "/Inner,,\n"
                + "Three," + three + "@example.org," + three + "," + top + "/Inner/Deeper,,\n");

        List<Teams.Counted> counted = teams.counted();
        Teams.Counted outer = counted.stream().filter(c -> c.team().getName().equals(top)).findFirst().orElseThrow();
        Teams.Counted inner = counted.get(counted.indexOf(outer) + 1);
        assertEquals("Inner", inner.team().getName(), "each team follows its parent");
        assertEquals(1, outer.direct());
        assertEquals(3, outer.total());
        assertEquals(1, inner.direct());
        assertEquals(2, inner.total());
    }

    @Test
    void onlyATeamWithNobodyAndNoInnerTeamCanBeDeleted() {
        Team outer = teams.add(unique("Outer"), null);
        Team inner = teams.add("Inner", outer.getId());
        long person = newPerson(unique("member"), EnumSet.of(Role.LEARNER));
        PersonData data = people.person(person).orElseThrow();
        data.setTeamId(inner.getId());
        people.save(data, "admin");
        people.setActive(person, people.person(person).orElseThrow().getVersion(), false, "admin");

        InvalidInput withInner = assertThrows(InvalidInput.class, () -> teams.delete(outer.getId(), team(outer.getId()).getVersion()));
        assertEquals(outer.getName() + " cannot be deleted: it still holds 1 inner team. Move them to another team first.",
                withInner.getProblems().get(0).message());
        InvalidInput withPeople = assertThrows(InvalidInput.class, () -> teams.delete(inner.getId(), team(inner.getId()).getVersion()));
        assertEquals("Inner cannot be deleted: it still holds 1 person (deactivated ones count). Move them to another team first.",
                withPeople.getProblems().get(0).message());

        data = people.person(person).orElseThrow();
        data.setTeamId(null);
        people.save(data, "admin");
        teams.delete(inner.getId(), team(inner.getId()).getVersion());
        teams.delete(outer.getId(), team(outer.getId()).getVersion());
        assertTrue(teams.find(outer.getId()).isEmpty());
    }

    // A person

    @Test
    void anAdministratorKeepsTheirOwnAdministratorRoleAndCannotDeactivateThemselves() {
        String me = unique("me");
        long id = newPerson(me, EnumSet.of(Role.ADMIN));
        PersonData data = people.person(id).orElseThrow();
        data.setRoles(List.of("LEARNER"));

        assertEquals("You cannot take away your own administrator role.",
                assertThrows(InvalidInput.class, () -> people.save(data, me)).messageFor("roles"));
        assertEquals("You cannot deactivate yourself: another administrator can.",
                assertThrows(InvalidInput.class, () -> people.setActive(id, data.getVersion(), false, me)).getProblems().get(0).message());

        people.save(data, "admin");
        assertEquals(EnumSet.of(Role.LEARNER), account(me).getRoles(), "another administrator may");
    }

    @Test
    void theLastActiveAdministratorKeepsTheRoleAndStaysActive() throws Exception {
        String last = unique("last");
        long id = newPerson(last, EnumSet.of(Role.ADMIN, Role.LEARNER));
        transaction.begin();
        try {
            // every other administrator deactivated, inside a transaction that is rolled back
            em.createQuery("update Account a set a.active = false where a.id <> :id and a.id in"
                    + " (select h.id from Account h join h.roles r where r = :role)").setParameter("id", id)
                    .setParameter("role", Role.ADMIN).executeUpdate();
            em.clear();
            PersonData data = people.person(id).orElseThrow();
            data.setRoles(List.of("LEARNER"));
            String refused = assertThrows(InvalidInput.class, () -> people.save(data, "someone")).messageFor("roles");
            assertEquals("Person " + last + " is the last active administrator: give someone else the administrator role first.", refused);
            assertTrue(assertThrows(InvalidInput.class, () -> people.setActive(id, data.getVersion(), false, "someone"))
                    .getProblems().get(0).message().contains("is the last active administrator and stays active"));
        } finally {
            transaction.rollback();
        }
        assertTrue(account("admin").isActive());
    }

    @Test
    void deactivationStopsSignInKeepsTheHistoryAndEndsTheMentorRelations() {
        String learner = unique("leaver");
        long id = newPerson(learner, EnumSet.of(Role.LEARNER));
        Account mentor = account("mentor");
        PersonData data = people.person(id).orElseThrow();
        data.setMentorId(mentor.getId());
        people.save(data, "admin");
        assessment.rate(learner, List.of(new RatingDraft("ARCH-DESIGN", 2, "Some", null)));
        plans.createForGaps(learner, LocalDate.of(2027, 1, 4), new BigDecimal("5"));
        assertEquals(Status.VALID, signIn(learner, PASSWORD));

        people.setActive(id, people.person(id).orElseThrow().getVersion(), false, "admin");

        assertFalse(account(learner).isActive());
        assertEquals(Status.INVALID, signIn(learner, PASSWORD));
        assertEquals(1, plans.plans(learner).size(), "the plan is kept");
        assertEquals(1, assessment.history(learner, "ARCH-DESIGN").size(), "the rating is kept");
        assertTrue(relations.mentorOf(id).isEmpty(), "the mentor relation ended");
        assertEquals(1, relations.historyOf(id).size(), "and stays on record");
        assertEquals(0, people.count(new PeopleQuery(learner, null, null, true)));
        assertEquals(1, people.count(new PeopleQuery(learner, null, null, false)));

        people.setActive(id, people.person(id).orElseThrow().getVersion(), true, "admin");
        assertEquals(Status.VALID, signIn(learner, PASSWORD));
    }

    @Test
    void anEditBegunBeforeAnotherSaveIsRefusedAndChangesNothing() {
        long id = newPerson(unique("stale"), EnumSet.of(Role.LEARNER));
        PersonData first = people.person(id).orElseThrow();
        PersonData second = people.person(id).orElseThrow();
        first.setDisplayName("First Edit");
        people.save(first, "admin");

        second.setDisplayName("Second Edit");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> people.save(second, "admin"));

        assertEquals(Messages.CHANGED_MEANWHILE, refused.getProblems().get(0).message());
        assertEquals("First Edit", people.person(id).orElseThrow().getDisplayName());
    }

    @Test
    void aNewPersonIsCheckedFieldByField() {
        PersonData data = new PersonData();
        data.setUsername("Not Valid");
        data.setDisplayName(" ");
        data.setEmail("nope");
        data.setRoles(List.of());
        data.setNewPassword("short");
        data.setMentorId(account("mentor").getId());

        InvalidInput refused = assertThrows(InvalidInput.class, () -> people.save(data, "admin"));

        assertEquals("A name is required.", refused.messageFor("displayName"));
        assertTrue(refused.messageFor("email").contains("is not an email address"));
        assertEquals(org.ctopath.identity.Usernames.RULE, refused.messageFor("username"));
        assertEquals("Give at least one role.", refused.messageFor("roles"));
        assertTrue(refused.messageFor("newPassword").startsWith("A password needs at least 15"));
        assertTrue(refused.messageFor("mentor").startsWith("Only learners have a mentor"));

        data.setUsername("learner");
        assertEquals("The username learner is taken.", assertThrows(InvalidInput.class, () -> people.save(data, "admin")).messageFor("username"));
    }

    @Test
    void theListFindsPeopleByTextTeamWithInnerTeamsRoleAndStatusOnePageAtATime() {
        String top = unique("Listed");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        importCsv("name,email,username,team,mentor,role_profile,roles\n"
                + "Zed " + tag + ",z@example.org,z-" + tag + "," + top + ",,,LEARNER\n"
                + "Amy " + tag + ",a@example.org,a-" + tag + "," + top + "/Inner,,,LEARNER;MENTOR\n"
                + "Bob " + tag + ",b@example.org,b-" + tag + ",,,,MENTOR\n");
        Team listed = teams.named(top, null).orElseThrow();

        assertEquals(3, people.count(new PeopleQuery(tag, null, null, null)));
        assertEquals(2, people.count(new PeopleQuery(null, listed.getId(), null, true)), "the team and every team inside it");
        assertEquals(2, people.count(new PeopleQuery(tag, null, Role.MENTOR, null)));
        List<PersonRow> page = people.page(new PeopleQuery(tag, null, null, null), 0, 2, "name", true);
        assertEquals(List.of("Amy " + tag, "Bob " + tag), page.stream().map(PersonRow::getName).toList());
        assertEquals("Learner, Mentor", page.get(0).getRoles());
        assertEquals("Inner", page.get(0).getTeam());
        assertEquals(List.of("Zed " + tag), people.page(new PeopleQuery(tag, null, null, null), 2, 2, "name", true).stream()
                .map(PersonRow::getName).toList());
        assertEquals("Zed " + tag, people.page(new PeopleQuery(tag, null, null, null), 0, 1, "name", false).get(0).getName());
    }
}
