package org.ctopath.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceCookiesTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCookieNamesItsPersonAndNonce() {
        String value = DeviceCookies.value(KEY, "lena.fischer", "n0nce");

        assertEquals(Optional.of("n0nce"), DeviceCookies.nonceIn(KEY, value, "lena.fischer"));
        assertTrue(value.matches("[A-Za-z0-9_.-]+"), "cookie-safe characters only: " + value);
    }

    @Test
    void itCountsForItsOwnPersonOnly() {
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, DeviceCookies.value(KEY, "lena.fischer", "n0nce"), "admin"));
    }

    @Test
    void aForgedOrTamperedCookieIsIgnored() {
        String genuine = DeviceCookies.value(KEY, "lena.fischer", "n0nce");
        String[] parts = genuine.split("\\.");
        String otherName = Base64.getUrlEncoder().withoutPadding().encodeToString("admin".getBytes(StandardCharsets.UTF_8));

        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, otherName + "." + parts[1] + "." + parts[2], "admin"), "another name");
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, parts[0] + ".other." + parts[2], "lena.fischer"), "another nonce");
        char last = parts[2].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertNotEquals(parts[2], flipped);
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, parts[0] + "." + parts[1] + "." + flipped, "lena.fischer"), "another signature");
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(OTHER_KEY, genuine, "lena.fischer"), "signed with another key");
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, parts[0] + "." + parts[1], "lena.fischer"), "no signature");
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, "", "lena.fischer"));
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, null, "lena.fischer"));
        assertEquals(Optional.empty(), DeviceCookies.nonceIn(KEY, "a.b.!!!", "lena.fischer"), "not base64");
    }
}
