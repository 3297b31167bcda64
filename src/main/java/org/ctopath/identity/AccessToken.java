package org.ctopath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/**
 * A personal access token for the API, kept as the SHA-256 hash of the token (the token itself is
 * shown once). It acts as its owner, with the owner's roles at the time of each call.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    public static final int NAME_MAXLENGTH = 100;

    @Id
    @SequenceGenerator(name = "access_token_seq", sequenceName = "access_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "access_token_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    /** The first characters of the token, so that its owner can tell their tokens apart. */
    @Column(name = "token_start", nullable = false, length = 12)
    private String tokenStart;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected AccessToken() {
        // for JPA
    }

    AccessToken(Account account, String name, String tokenHash, String tokenStart, Instant created, Instant expires) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenStart = tokenStart;
        this.createdAt = UtcTime.toColumn(created);
        this.expiresAt = UtcTime.toColumn(expires);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getTokenStart() {
        return tokenStart;
    }

    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }

    public Instant getExpiresAt() {
        return UtcTime.fromColumn(expiresAt);
    }

    public Instant getLastUsedAt() {
        return lastUsedAt == null ? null : UtcTime.fromColumn(lastUsedAt);
    }

    public Instant getRevokedAt() {
        return revokedAt == null ? null : UtcTime.fromColumn(revokedAt);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** Whether it lets its owner in at {@code now}: not revoked, not expired. */
    public boolean worksAt(Instant now) {
        return revokedAt == null && now.isBefore(getExpiresAt());
    }

    void extendTo(Instant expires) {
        expiresAt = UtcTime.toColumn(expires);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = UtcTime.toColumn(at);
        }
    }
}
