package org.ctopath.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/**
 * The secret address of a learner's calendar feed. Whoever knows the secret reads the feed, so it can
 * be replaced; only its SHA-256 hash is kept (as API tokens are), so the address is shown once, when
 * it is made. The secret is 256 random bits: a plain hash keeps it from a reader of the database.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    /** A feed without an address yet: {@link #renew} gives it one before it is stored. */
    CalendarFeed(Account account) {
        this.account = account;
    }

    /** A new secret of 256 random bits, answered and forgotten: the old address stops working. */
    final String renew(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.tokenHash = hash(secret);
        this.createdAt = UtcTime.toColumn(now);
        return secret;
    }

    public Account getAccount() {
        return account;
    }

    /** When the current address was made. */
    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }

    /** The SHA-256 of the secret, in lower-case hex: what the database keeps and looks up. */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
