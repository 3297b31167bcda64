package org.ctopath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** A single-use link to set an account's password; only the hash of its secret is kept. */
@Entity
@Table(name = "password_link")
public class PasswordLink {

    /** Why the link was made. */
    public enum Purpose {
        /** An administrator invites the person to set their first password. */
        INVITATION,
        /** The person asked for a new password on the sign-in page. */
        RESET
    }

    @Id
    @SequenceGenerator(name = "password_link_seq", sequenceName = "password_link_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_link_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    @Column(name = "used_at")
    private LocalDateTime usedAt;

    protected PasswordLink() {
        // for JPA
    }

    PasswordLink(Account account, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = UtcTime.toColumn(createdAt);
        this.expiresAt = UtcTime.toColumn(expiresAt);
    }

    public Account getAccount() {
        return account;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return UtcTime.fromColumn(expiresAt);
    }

    /** Unused and not yet expired at {@code at}. */
    boolean worksAt(Instant at) {
        return usedAt == null && UtcTime.fromColumn(expiresAt).isAfter(at);
    }

    void use(Instant at) {
        usedAt = UtcTime.toColumn(at);
    }
}
