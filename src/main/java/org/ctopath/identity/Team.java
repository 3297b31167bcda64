package org.ctopath.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.platform.UtcTime;

/**
 * A team (org unit). Teams nest: {@link #getPath()} lists the ids from the top team down to this one,
 * as {@code /1000/1050/}, so a team and everything inside it are the teams whose path starts with its
 * own.
 */
@Entity
@Table(name = "team")
public class Team {

    public static final int NAME_MAXLENGTH = 100;

    @Id
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Team parent;

    @Column(nullable = false, length = 1000)
    private String path;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    /** A team under {@code parent} (null: a top-level team); its path is set once it has an id. */
    public Team(String name, Team parent) {
        rename(name);
        this.parent = parent;
        this.path = "/";
        this.createdAt = UtcTime.toColumn(Instant.now());
    }

    /** Sets the path from the parent's and the id; call after the id is assigned (persist). */
    void placeUnderParent() {
        this.path = (parent == null ? "/" : parent.getPath()) + Objects.requireNonNull(id, "id") + "/";
    }

    public final void rename(String name) {
        String trimmed = Objects.requireNonNull(name, "name").trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A team needs a name.");
        }
        this.name = trimmed;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Team getParent() {
        return parent;
    }

    void setParent(Team parent) {
        this.parent = parent;
    }

    public String getPath() {
        return path;
    }

    void setPath(String path) {
        this.path = path;
    }

    /** How deep the team sits: 0 for a top-level team. */
    public int getDepth() {
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }

    /** Whether {@code other} is this team or sits somewhere inside it. */
    public boolean contains(Team other) {
        return other != null && other.getPath().startsWith(path);
    }

    public Instant getCreatedAt() {
        return UtcTime.fromColumn(createdAt);
    }

    public long getVersion() {
        return version;
    }
}
