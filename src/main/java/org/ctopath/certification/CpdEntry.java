package org.ctopath.certification;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.catalogue.CertificationScheme;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** CPD points a learner logged for a scheme: when, how many, of which kind, for what. */
@Entity
@Table(name = "cpd_entry")
public class CpdEntry {

    public static final int DESCRIPTION_MAXLENGTH = 500;

    @Id
    @SequenceGenerator(name = "cpd_entry_seq", sequenceName = "record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cpd_entry_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "scheme_id")
    private CertificationScheme scheme;

    @Column(name = "earned_on", nullable = false)
    private LocalDate earnedOn;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal points;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CpdCategory category;

    @Column(nullable = false, length = DESCRIPTION_MAXLENGTH)
    private String description;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected CpdEntry() {
        // for JPA
    }

    public CpdEntry(Account account, CertificationScheme scheme, LocalDate earnedOn, BigDecimal points, CpdCategory category,
                    String description, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.scheme = Objects.requireNonNull(scheme);
        this.earnedOn = Objects.requireNonNull(earnedOn);
        this.points = Objects.requireNonNull(points);
        this.category = Objects.requireNonNull(category);
        this.description = Objects.requireNonNull(description);
        this.recordedAt = UtcTime.toColumn(now);
    }

    public Long getId() {
        return id;
    }

    public CertificationScheme getScheme() {
        return scheme;
    }

    public LocalDate getEarnedOn() {
        return earnedOn;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public CpdCategory getCategory() {
        return category;
    }

    public String getDescription() {
        return description;
    }
}
