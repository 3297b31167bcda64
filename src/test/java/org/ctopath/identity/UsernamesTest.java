package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
