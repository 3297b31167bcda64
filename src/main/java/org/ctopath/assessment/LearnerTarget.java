package org.ctopath.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Objects;
import org.ctopath.competency.RoleProfile;
import org.ctopath.identity.Account;
import org.ctopath.platform.UtcTime;

/** The role profile a learner develops toward; the CTO profile until they choose another. */
@Entity
@Table(name = "learner_target")
public class LearnerTarget {

    @Id
    private Long id;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "role_profile_id")
    private RoleProfile profile;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    @Version
    private long version;

    protected LearnerTarget() {
        // for JPA
    }

    public LearnerTarget(Account account, RoleProfile profile, Instant at) {
        this.account = Objects.requireNonNull(account);
        choose(profile, at);
    }

    public final void choose(RoleProfile profile, Instant at) {
        this.profile = Objects.requireNonNull(profile);
        this.chosenAt = UtcTime.toColumn(at);
    }

    public RoleProfile getProfile() {
        return profile;
    }

    public Instant getChosenAt() {
        return UtcTime.fromColumn(chosenAt);
    }
}
