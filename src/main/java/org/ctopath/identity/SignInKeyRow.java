package org.ctopath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/** A server secret of sign-in, one row per purpose (the primary key makes the first creation race-safe). */
@Entity
@Table(name = "sign_in_key")
public class SignInKeyRow {

    static final String DEVICE_COOKIE = "DEVICE_COOKIE";

    @Id
    @Column(length = 32)
    private String purpose;

    @Column(nullable = false, length = 128)
    private String secret;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected SignInKeyRow() {
        // for JPA
    }

    SignInKeyRow(String purpose, String secret, Instant createdAt) {
        this.purpose = purpose;
        this.secret = secret;
        this.createdAt = UtcTime.toColumn(createdAt);
    }

    String getSecret() {
        return secret;
    }
}
