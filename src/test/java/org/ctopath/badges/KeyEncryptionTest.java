package org.ctopath.badges;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    private static final RSAKey KEY = OpenBadges.newKey();

    private static KeyEncryption kek(String setting) {
        return KeyEncryption.of(Optional.of(setting)).orElseThrow();
    }

    @Test
    void aSealedKeyOpensWithTheSameKekOnly() throws Exception {
        String setting = BadgeKeysTest.newKek();
        String jwk = KEY.toJSONString();

        String sealed = kek(setting).seal(KEY.getKeyID(), jwk);

        assertTrue(KeyEncryption.isSealed(sealed));
        assertFalse(KeyEncryption.isSealed(jwk));
        assertFalse(sealed.contains(KEY.getPrivateExponent().toString()));
        assertEquals(5, sealed.split("\\.", -1).length, "a compact JWE");
        assertEquals(jwk, kek(setting).open(KEY.getKeyID(), sealed), "the round trip");
        assertNotEquals(sealed, kek(setting).seal(KEY.getKeyID(), jwk), "a fresh IV each time");
        KeyEncryption.Failure wrong = assertThrows(KeyEncryption.Failure.class, () -> kek(BadgeKeysTest.newKek()).open(KEY.getKeyID(), sealed));
        assertTrue(wrong.getMessage().contains("cannot be decrypted with this KEY_ENCRYPTION_KEY"), wrong.getMessage());
        assertFalse(wrong.getMessage().contains(setting), "the message never holds the key");
    }

    @Test
    void aTamperedCiphertextTagOrHeaderFailsToOpen() throws Exception {
        KeyEncryption kek = kek(BadgeKeysTest.newKek());
        String sealed = kek.seal(KEY.getKeyID(), KEY.toJSONString());
        String[] parts = sealed.split("\\.", -1);

        for (int part : new int[] {2, 3, 4}) {
            String[] changed = parts.clone();
            char[] text = changed[part].toCharArray();
            text[1] = text[1] == 'A' ? 'B' : 'A';
            changed[part] = new String(text);
            assertThrows(KeyEncryption.Failure.class, () -> kek.open(KEY.getKeyID(), String.join(".", changed)), "part " + part);
        }
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"cty\":\"jwk+json\""), header);
        String otherHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                header.replace("\"cty\":\"jwk+json\"", "\"cty\":\"json\"").getBytes(StandardCharsets.UTF_8));
        assertThrows(KeyEncryption.Failure.class, () -> kek.open(KEY.getKeyID(), otherHeader + sealed.substring(sealed.indexOf('.'))),
                "the header is authenticated (the AAD)");
        assertThrows(KeyEncryption.Failure.class, () -> kek.open("another-kid", sealed), "a sealed key on another key's row");
        assertThrows(KeyEncryption.Failure.class, () -> kek.open(KEY.getKeyID(), "not.a.jwe"));
    }

    @Test
    void theSettingMustBeTheBase64Of32Bytes() {
        assertTrue(KeyEncryption.of(Optional.empty()).isEmpty(), "no setting, no KEK");
        IllegalArgumentException notBase64 = assertThrows(IllegalArgumentException.class, () -> kek("this is no base64 at all!"));
        assertTrue(notBase64.getMessage().contains("not base64"), notBase64.getMessage());
        assertFalse(notBase64.getMessage().contains("this is no base64"), "the value is never repeated");
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class, () -> kek(short16));
        assertTrue(tooShort.getMessage().contains("16 bytes once decoded, not 32"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> kek(Base64.getEncoder().encodeToString(new byte[33])));
    }
}
