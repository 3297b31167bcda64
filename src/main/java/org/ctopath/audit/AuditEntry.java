package org.ctopath.audit;

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
import java.util.Objects;
import org.ctopath.platform.UtcTime;

/** One change to the framework or the catalogue: who made it, when, to what, and what changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAILS_MAXLENGTH = 4000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;

    @Column(name = "entity_code", nullable = false, length = 64)
    private String entityCode;

    @Column(length = DETAILS_MAXLENGTH)
    private String details;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant at, String actor, AuditAction action, String entityType, String entityCode, String details) {
        this.occurredAt = UtcTime.toColumn(Objects.requireNonNull(at));
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityCode = Objects.requireNonNull(entityCode);
        this.details = details == null || details.length() <= DETAILS_MAXLENGTH
                ? details : details.substring(0, DETAILS_MAXLENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return UtcTime.fromColumn(occurredAt);
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityCode() {
        return entityCode;
    }

    public String getDetails() {
        return details;
    }
}
