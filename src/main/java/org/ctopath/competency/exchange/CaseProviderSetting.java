package org.ctopath.competency.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/**
 * Who may read the CASE provider (the one row of {@code case_provider}): anyone, or a caller with a
 * token; and the provider's own token, kept as its SHA-256 hash with its first characters to tell it by.
 */
@Entity
@Table(name = "case_provider")
public class CaseProviderSetting {

    /** Who may read the provider. */
    public enum Access {
        /** A personal access token of any signed-in role, or the provider's own token. */
        TOKEN,
        /** Anyone, without a token. */
        PUBLIC
    }

    static final int ONLY = 1;

    @Id
    private Integer id;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_mode", nullable = false, length = 16)
    private Access access;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "token_start", length = 16)
    private String tokenStart;

    @Column(name = "token_made_at")
    private LocalDateTime tokenMadeAt;

    @Version
    private long version;

    protected CaseProviderSetting() {
        // for JPA
    }

    public Access getAccess() {
        return access;
    }

    void setAccess(Access access) {
        this.access = access;
    }

    String getTokenHash() {
        return tokenHash;
    }

    /** The first characters of the provider's token; null while it has none. */
    public String getTokenStart() {
        return tokenStart;
    }

    public Instant getTokenMadeAt() {
        return UtcTime.fromColumn(tokenMadeAt);
    }

    void replaceToken(String hash, String start, Instant at) {
        this.tokenHash = hash;
        this.tokenStart = start;
        this.tokenMadeAt = UtcTime.toColumn(at);
    }
}
