package org.ctopath.badges;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whom a credential is about. The credential travels wherever its holder shares it, so it never
 * carries a plain e-mail address: the subject's {@code id} is an opaque URN of the account, and the
 * identifiers are the person's name (shown to whoever checks the badge) and, where the account has
 * one, the e-mail address as a salted SHA-256 hash ({@code sha256$<hex>}, the OB 3.0 IdentityObject
 * form), which proves the badge is theirs to someone who knows the address, and tells nobody else.
 */
public record Recipient(String id, String name, String email, String salt) {

    public Recipient {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
    }

    Map<String, Object> json() {
        List<Map<String, Object>> identifiers = new ArrayList<>();
        identifiers.add(identity("name", false, name, null));
        if (email != null && !email.isBlank()) {
            identifiers.add(identity("emailAddress", true, hash(email, salt), salt));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("type", List.of("AchievementSubject"));
        json.put("identifier", identifiers);
        return json;
    }

    private static Map<String, Object> identity(String type, boolean hashed, String value, String salt) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("type", "IdentityObject");
        identity.put("identityType", type);
        identity.put("hashed", hashed);
        identity.put("identityHash", value);
        if (salt != null) {
            identity.put("salt", salt);
        }
        return identity;
    }

    /** {@code sha256$} and the hex SHA-256 of the lower-cased address followed by the salt, as OB 3.0 describes. */
    static String hash(String email, String salt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((email.trim().toLowerCase(Locale.ROOT) + (salt == null ? "" : salt)).getBytes(StandardCharsets.UTF_8));
            return "sha256$" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
