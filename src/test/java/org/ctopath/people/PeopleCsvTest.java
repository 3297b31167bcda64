package org.ctopath.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctopath.identity.Role;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    private static final PeopleCsv.Facts NOTHING = new PeopleCsv.Facts(Map.of(), Set.of("CTO"), Set.of("admin"), "admin");

    private static PeopleCsv.Read read(String text) {
        return PeopleCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(PeopleCsv.Checked checked) {
        return checked.problems().stream().map(p -> p.line() + " " + p.column() + ": " + p.message()).toList();
    }

    @Test
    void aGoodFileReadsEveryRowWithManagerForMentorAndTeamPaths() {
        PeopleCsv.Read read = read("Name,Email,Username,Team,Manager,Role_Profile,Roles\n"
                + "Marta Keller,marta@example.org,Marta.Keller,Engineering,,,MENTOR;learner\n"
                + "\"Berg, Jonas\",jonas@example.org,jonas,Engineering / Platform,MARTA.KELLER,cto,\n");

        PeopleCsv.Checked checked = PeopleCsv.check(read, NOTHING);

        assertEquals(List.of(), problems(checked));
        PeopleCsv.Row marta = checked.rows().get(0);
        assertEquals("marta.keller", marta.username());
        assertEquals(EnumSet.of(Role.MENTOR, Role.LEARNER), marta.roles());
        PeopleCsv.Row jonas = checked.rows().get(1);
        assertEquals(3, jonas.line());
        assertEquals("Berg, Jonas", jonas.name());
        assertEquals(List.of("Engineering", "Platform"), jonas.team());
        assertEquals("marta.keller", jonas.mentor());
        assertEquals("CTO", jonas.profile());
        assertNull(jonas.roles(), "no roles given: LEARNER for someone new, unchanged for someone there");
        assertEquals(EnumSet.of(Role.LEARNER), PeopleCsv.rolesAfter(jonas, null));
    }

    @Test
    void everyProblemOfEveryRowIsReportedWithItsLineAndColumn() {
        PeopleCsv.Read read = read("name,email,username,team,mentor,role_profile,roles\n"
                + ",not-an-email,ok.one,A//B,,,\n"
                + "Two,two@example.org,Bad Name,,ghost,NOPE,BOSS\n"
                + "Three,three@example.org,OK.ONE,,four,,\n"
                + "Four,four@example.org,four,,four,,\n"
                + "Five,five@example.org,five,,,,MENTOR\n"
                + "Six,six@example.org,six,,five,,\n");

        assertEquals(List.of(
                "2 name: A name is required.",
                "2 email: 'not-an-email' is not an email address such as lena.fischer@example.org.",
                "2 team: 'A//B' has an empty team name; write the teams from the top down as Engineering/Platform.",
                "3 username: " + org.ctopath.identity.Usernames.RULE,
                "3 mentor: There is no person ghost, in the application or in this file.",
                "3 role_profile: There is no role profile NOPE in use. The codes are: CTO.",
                "3 roles: 'BOSS' is not a role. The roles are LEARNER, MENTOR, ADMIN, separated by ; as in LEARNER;MENTOR.",
                "4 username: The username ok.one is already on line 2.",
                "4 mentor: four is not a mentor: give them the MENTOR role (in the roles column or on their page).",
                "5 mentor: Nobody mentors themselves."),
                problems(PeopleCsv.check(read, NOTHING)));
    }

    @Test
    void theHeaderNeedsTheRequiredColumnsOnceAndNothingUnknown() {
        PeopleCsv.Read read = read("name,email,mentor,manager,shoe_size\nA,a@example.org,,,\n");

        assertEquals(List.of("1 username: This column is missing.",
                "1 manager: Give mentor or manager, not both, and each once.",
                "1 shoe_size: Unknown column. The columns are: name, email, username, team, mentor, role_profile, roles"
                        + " (or manager in place of mentor)."),
                problems(PeopleCsv.check(read, NOTHING)));
    }

    @Test
    void mentorsAreActiveMentorsAndOnlyLearnersHaveOne() {
        Map<String, PeopleCsv.Existing> accounts = Map.of(
                "gone", new PeopleCsv.Existing(1, EnumSet.of(Role.MENTOR), false, null),
                "boss", new PeopleCsv.Existing(2, EnumSet.of(Role.MENTOR), true, null),
                "left", new PeopleCsv.Existing(3, EnumSet.of(Role.LEARNER), false, null));
        PeopleCsv.Read read = read("name,email,username,mentor,roles\n"
                + "A,a@example.org,a,gone,\n"
                + "B,b@example.org,b,boss,MENTOR\n"
                + "Left,left@example.org,left,boss,\n");

        assertEquals(List.of(
                "2 mentor: gone is deactivated and cannot mentor anyone.",
                "3 mentor: Only learners have a mentor: give b the LEARNER role, or leave the mentor empty.",
                "4 mentor: left is deactivated: reactivate them on their page before giving them a mentor."),
                problems(PeopleCsv.check(read, new PeopleCsv.Facts(accounts, Set.of("CTO"), Set.of("admin"), "admin"))));
    }

    @Test
    void aFileTakesAwayNeitherTheImportersAdministratorRoleNorTheLastOne() {
        Map<String, PeopleCsv.Existing> accounts = Map.of(
                "me", new PeopleCsv.Existing(1, EnumSet.of(Role.ADMIN), true, null),
                "other", new PeopleCsv.Existing(2, EnumSet.of(Role.ADMIN), true, null));
        PeopleCsv.Facts facts = new PeopleCsv.Facts(accounts, Set.of("CTO"), Set.of("me", "other"), "me");

        assertEquals(List.of("2 roles: You cannot take away your own administrator role."),
                problems(PeopleCsv.check(read("name,email,username,roles\nMe,me@example.org,me,LEARNER\n"), facts)));
        assertTrue(PeopleCsv.check(read("name,email,username,roles\nOther,o@example.org,other,LEARNER\n"), facts).isValid(),
                "another administrator is left");
        PeopleCsv.Facts alone = new PeopleCsv.Facts(accounts, Set.of("CTO"), Set.of("other"), "me");
        assertEquals(List.of("2 roles: No active administrator would be left: keep ADMIN for other or give it to someone else."),
                problems(PeopleCsv.check(read("name,email,username,roles\nOther,o@example.org,other,LEARNER\n"), alone)));
        assertTrue(PeopleCsv.check(read("name,email,username,roles\nOther,o@example.org,other,LEARNER\nNew,n@example.org,new,ADMIN\n"),
                alone).isValid(), "a new administrator in the same file");
    }

    @Test
    void filesThatAreNotUsableAreRefusedAsAWhole() {
        assertEquals("0 null: The file is empty.", problems(PeopleCsv.check(PeopleCsv.read(new byte[0]), NOTHING)).get(0));
        assertEquals("0 null: The file has a header but no people under it.",
                problems(PeopleCsv.check(read("name,email,username\n"), NOTHING)).get(0));
        assertEquals(List.of("2 null: This row has 2 values where the header has 3. A value with a comma needs double quotes around it."),
                problems(PeopleCsv.check(read("name,email,username\nA,b\n"), NOTHING)));
    }

    @Test
    void theTemplateIsAGoodFile() {
        PeopleCsv.Checked checked = PeopleCsv.check(PeopleCsv.read(PeopleCsv.template()), NOTHING);
        assertEquals(List.of(), problems(checked));
        assertEquals(2, checked.rows().size());
    }

    @Test
    void aQuotedValueLeftOpenIsAProblemOfItsLineInWords() {
        PeopleCsv.Read read = read("name,email,username\nAnn,ann@x.example,ann\n\"Bob,bob@x.example,bob\nCid,cid@x.example,cid\n");
        assertEquals(List.of(new PeopleCsv.Problem(3, null,
                "A quoted value is not closed: a value that begins with a double quote needs one at its end too.")), read.problems());
    }

    @Test
    void aStrayQuoteAfterAQuotedValueIsAProblemOfItsLine() {
        PeopleCsv.Read read = read("name,email,username\n\"Ann\"x,ann@x.example,ann\n");
        assertEquals(1, read.problems().size());
        assertEquals(2, read.problems().get(0).line());
        assertTrue(read.problems().get(0).message().startsWith("After a closing double quote"), read.problems().toString());
        assertTrue(!read.problems().get(0).message().contains("Exception"));
    }
}
