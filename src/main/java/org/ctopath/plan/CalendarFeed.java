package org.ctopath.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Base64;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** The secret address of a learner's calendar feed. Whoever knows the token reads the feed, so it can be replaced. */
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

    @Column(nullable = false, unique = true, length = 64)
    private String token;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {
        // for JPA
    }

    CalendarFeed(Account account, Instant now) {
        this.account = account;
        renew(now);
    }

    /** A new token of 256 random bits; the old address stops working. */
    final void renew(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.createdAt = UtcTime.toColumn(now);
    }

    public Account getAccount() {
        return account;
    }

    public String getToken() {
        return token;
    }
}
