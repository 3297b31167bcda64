package org.ctopath.badges;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/** The instance's badge signing key as a private JWK, one row per purpose (see V20__badges.sql). */
@Entity
@Table(name = "badge_signing_key")
public class SigningKeyRow {

    static final String SIGNING = "SIGNING";

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 16)
    private String purpose;

    @Column(nullable = false, length = 8000)
    private String jwk;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected SigningKeyRow() {
        // for JPA
    }

    SigningKeyRow(String kid, String purpose, String jwk, Instant now) {
        this.kid = kid;
        this.purpose = purpose;
        this.jwk = jwk;
        this.createdAt = UtcTime.toColumn(now);
    }

    String getKid() {
        return kid;
    }

    String getJwk() {
        return jwk;
    }
}
