package org.ctopath.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeneratorTest {

    @Test
    void aFullRunHasTenDepartmentsOfTenTeamsAndAMentorForEveryTwentyLearners() {
        Generator.Options options = Generator.Options.of(10_000);
        assertEquals(10, options.departments());
        assertEquals(10, options.teamsPerDepartment());
        assertEquals(500, options.mentors());
    }

    @Test
    void aSmallRunHasNoMoreTeamsThanItFills() {
        Generator.Options three = new Generator.Options(3, 1, "x", true);
        assertEquals(3, three.departments());
        assertEquals(1, three.teamsPerDepartment());
        assertEquals(1, three.mentors());
        assertEquals(2, new Generator.Options(15, 1, "x", true).teamsPerDepartment());
    }

    @Test
    void optionsOutsideTheLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Generator.Options(0, 1, "gen", true));
        assertThrows(IllegalArgumentException.class, () -> new Generator.Options(Generator.MAX_LEARNERS + 1, 1, "gen", true));
        assertThrows(IllegalArgumentException.class, () -> new Generator.Options(5, 1, "Gen", true));
        assertThrows(IllegalArgumentException.class, () -> new Generator.Options(5, 1, "gen-1", true));
    }

    @Test
    void usernamesAreNumberedWithinThePrefix() {
        assertEquals("gen-learner-00001", Generator.learnerUsername("gen", 1));
        assertEquals("gen-mentor-042", Generator.mentorUsername("gen", 42));
    }

    @Test
    void theSharedPasswordHashHasTheFormTheApplicationsStoreVerifiesAndFollowsTheSeed() {
        String hash = Generator.hash(Generator.PASSWORD, 42);
        String[] parts = hash.split(":");
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(32, java.util.Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, java.util.Base64.getDecoder().decode(parts[3]).length);
        assertEquals(hash, Generator.hash(Generator.PASSWORD, 42));
        assertTrue(!hash.equals(Generator.hash(Generator.PASSWORD, 43)));
    }
}
