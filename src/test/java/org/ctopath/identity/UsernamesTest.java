package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void caseAndSurroundingSpacesDoNotMatter() {
        assertEquals("lena.fischer", Usernames.normalize("  Lena.Fischer "));
    }

    @Test
    void nothingBecomesEmpty() {
        assertEquals("", Usernames.normalize(null));
        assertEquals("", Usernames.normalize("   "));
    }

    @Test
    void overlongInputIsCutToTheColumnLength() {
        assertEquals(Account.USERNAME_MAXLENGTH, Usernames.normalize("x".repeat(500)).length());
    }

    @Test
    void aNewUsernameIsLettersDigitsAndAFewMarks() {
        assertTrue(Usernames.problem("Lena.Fischer").isEmpty(), "case does not matter");
        assertTrue(Usernames.problem("l_fischer-2@example.org").isEmpty());
        assertEquals("A username is required.", Usernames.problem("  ").orElseThrow());
        assertEquals(Usernames.RULE, Usernames.problem("lena fischer").orElseThrow());
        assertEquals(Usernames.RULE, Usernames.problem(".lena").orElseThrow());
        assertEquals(Usernames.RULE, Usernames.problem("léna").orElseThrow());
        assertEquals("A username may have at most 64 characters.", Usernames.problem("x".repeat(65)).orElseThrow());
    }
}
