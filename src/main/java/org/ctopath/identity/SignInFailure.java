package org.ctopath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/**
 * One failed sign-in, counted against one subject: the username tried (from an unrecognised
 * browser), the client address, or a recognised browser's device cookie nonce.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    /** What a failure is counted against; see {@link ThrottlePolicy}. */
    public enum Scope {
        USERNAME, ADDRESS, DEVICE
    }

    static final int SUBJECT_MAXLENGTH = 64;

    @Id
    @SequenceGenerator(name = "sign_in_failure_seq", sequenceName = "sign_in_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Scope scope;

    @Column(nullable = false, length = SUBJECT_MAXLENGTH)
    private String subject;

    /** The (normalised) username that was tried, whatever the scope: what an administrator clears. */
    @Column(nullable = false, length = Account.USERNAME_MAXLENGTH)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    protected SignInFailure() {
        // for JPA
    }

    SignInFailure(Scope scope, String subject, String username, Instant failedAt) {
        this.scope = scope;
        this.subject = subject.length() > SUBJECT_MAXLENGTH ? subject.substring(0, SUBJECT_MAXLENGTH) : subject;
        this.username = username;
        this.failedAt = UtcTime.toColumn(failedAt);
    }
}
