package org.ctopath.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** A credential issued to a learner, kept as signed, one per achievement. */
@Entity
@Table(name = "issued_badge")
public class IssuedBadge {

    @Id
    @SequenceGenerator(name = "issued_badge_seq", sequenceName = "badge_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issued_badge_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BadgeKind kind;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "credential_id", nullable = false, length = 64)
    private String credentialId;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(nullable = false, length = 20000)
    private String credential;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revocation_reason", length = REASON_MAX)
    private String revocationReason;

    /** The longest reason for a revocation. */
    public static final int REASON_MAX = 500;

    protected IssuedBadge() {
        // for JPA
    }

    IssuedBadge(Account account, BadgeKind kind, Long subjectId, String credentialId, Instant issuedAt, String credential) {
        this.account = account;
        this.kind = kind;
        this.subjectId = subjectId;
        this.credentialId = credentialId;
        this.issuedAt = UtcTime.toColumn(issuedAt);
        this.credential = credential;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public BadgeKind getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getCredentialId() {
        return credentialId;
    }

    public Instant getIssuedAt() {
        return UtcTime.fromColumn(issuedAt);
    }

    /** The compact JWS, exactly as issued. */
    public String getCredential() {
        return credential;
    }

    /** Signed once the badge has its number (its bit in the status list), before the row is written. */
    void setCredential(String credential) {
        this.credential = credential;
    }

    /** Where the badge's revocation bit is published. */
    public StatusList.Entry getStatusEntry() {
        return StatusList.Entry.of(id);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Instant getRevokedAt() {
        return revokedAt == null ? null : UtcTime.fromColumn(revokedAt);
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    void revoke(Instant at, String by, String reason) {
        this.revokedAt = UtcTime.toColumn(at);
        this.revokedBy = by;
        this.revocationReason = reason;
    }
}
