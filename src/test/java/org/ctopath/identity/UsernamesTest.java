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
    void innerSpacesAndUnicodeLookAlikesDoNotMatterEither() {
        assertEquals("admin", Usernames.normalize("ADMIN"));
        assertEquals("admin", Usernames.normalize(" admin "));
        assertEquals("admin", Usernames.normalize("ad min"));
        assertEquals("admin", Usernames.normalize("\u00a0ad\u200bmin\t"), "no-break and zero-width spaces, tabs");
        assertEquals("admin", Usernames.normalize("\uff21\uff24\uff2d\uff29\uff2e"), "full-width letters (NFKC)");
        assertEquals("kelvin", Usernames.normalize("\u212aelvin"), "the Kelvin sign is a K");
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
