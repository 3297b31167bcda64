package org.ctopath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.ctopath.platform.UtcTime;

/** One failed sign-in for a username; the throttle counts these. */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = LoginFailure.DELETE_FOR_USERNAME, query = "DELETE FROM LoginFailure f WHERE f.username = :username")
@NamedQuery(name = LoginFailure.DELETE_BEFORE, query = "DELETE FROM LoginFailure f WHERE f.failedAt < :before")
public class LoginFailure {

    static final String DELETE_FOR_USERNAME = "LoginFailure.deleteForUsername";
    static final String DELETE_BEFORE = "LoginFailure.deleteBefore";

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(nullable = false, length = Account.USERNAME_MAXLENGTH)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private LocalDateTime failedAt;

    protected LoginFailure() {
        // for JPA
    }

    LoginFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = UtcTime.toColumn(failedAt);
    }
}
