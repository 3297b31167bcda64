package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void aLongPassphraseOfLowerCaseWordsIsEnoughNoCompositionRules() {
        assertEquals(Optional.empty(), PasswordPolicy.weakness("plum river lantern", "lena.fischer"));
        assertEquals(Optional.empty(), PasswordPolicy.weakness("ünïcödé wörds here", "someone"));
    }

    @Test
    void fewerThanFifteenCharactersIsRefusedCountingCodePointsNotBytes() {
        assertTrue(PasswordPolicy.weakness("fourteen chars").orElseThrow().startsWith("A password needs at least 15 characters"));
        // 15 characters of which several take two UTF-16 units: accepted, as NIST counts code points.
        assertEquals(Optional.empty(), PasswordPolicy.weakness("😀😀 mond und see"));
        assertEquals(15, "😀😀 mond und see".codePointCount(0, "😀😀 mond und see".length()));
        assertTrue(PasswordPolicy.weakness("").isPresent());
        assertTrue(PasswordPolicy.weakness(null).isPresent());
    }

    @Test
    void overlongPasswordsAreRefusedWithTheLimitNamed() {
        assertEquals(Optional.empty(), PasswordPolicy.weakness("correct horse ".repeat(18)));
        assertEquals("A password may have at most 256 characters.", PasswordPolicy.weakness("correct horse ".repeat(19)).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890qwerty", "12345678901234567890", "1234567812345678", "PasswordPassword", "QwertyuiopAsdfgh"})
    void commonLeakedPasswordsAreRefusedWhateverTheirCase(String common) {
        assertEquals("This password is one of the most common leaked passwords: choose another.",
                PasswordPolicy.weakness(common).orElseThrow(), common);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaa", "abcabcabcabcabcabc", "567890123456789012", "zyxwvutsrqponmlkj", "ababababababababab"})
    void repeatedOrCountedCharactersAreRefused(String run) {
        assertTrue(PasswordPolicy.weakness(run).orElseThrow().contains("repeated or counted through"), run);
    }

    @Test
    void thePersonsOwnNameUsernameOrTheProductNameWithLittleAroundIsRefused() {
        assertTrue(PasswordPolicy.weakness("marta.keller2026", "marta.keller", "Marta Keller").orElseThrow().contains("mostly your name"));
        assertTrue(PasswordPolicy.weakness("KellerKeller!!!!", "mk", "Marta Keller").orElseThrow().contains("mostly your name"));
        assertTrue(PasswordPolicy.weakness("CTOPath-ctopath!", "someone").orElseThrow().contains("mostly your name"));
        // The name inside a long passphrase is fine: the rest is long enough on its own.
        assertEquals(Optional.empty(), PasswordPolicy.weakness("keller likes quiet mountain lakes", "mk", "Marta Keller"));
    }
}
