package org.ctopath.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.ctopath.platform.UtcTime;

/** A person who signs in: a learner, a mentor, an administrator, or several of these. */
@Entity
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.username = :username")
@NamedQuery(name = Account.COUNT_WITH_ROLE, query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.active = TRUE")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final String COUNT_WITH_ROLE = "Account.countWithRole";
    public static final int USERNAME_MAXLENGTH = 64;
    public static final int DISPLAY_NAME_MAXLENGTH = 200;

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAXLENGTH)
    private String username;

    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_MAXLENGTH)
    private String displayName;

    @Column(length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = UtcTime.toColumn(Instant.now());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void rename(String displayName) {
        this.displayName = Objects.requireNonNull(displayName, "displayName");
    }

    /** The team the person belongs to; null when they belong to none. */
    public Team getTeam() {
        return team;
    }

    /** The name of the person's team, or null. */
    public String getTeamName() {
        return team == null ? null : team.getName();
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Sets a new password hash ({@link Passwords#hash}), or {@link Passwords#NONE}. */
    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    }

    /** Whether a password has been set: an account imported without one cannot sign in yet. */
    public boolean hasPassword() {
        return Passwords.isUsable(passwordHash);
    }

    public boolean isActive() {
        return active;
    }

    /** Deactivated people cannot sign in; everything they did is kept. */
    public void setActive(boolean active) {
        this.active = active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public void setRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        if (!this.roles.equals(roles)) {
            this.roles.clear();
            this.roles.addAll(roles);
        }
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }
}
