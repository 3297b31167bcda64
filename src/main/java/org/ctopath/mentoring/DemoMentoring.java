package org.ctopath.mentoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ctopath.identity.Account;
import org.ctopath.identity.AccountService;
import org.ctopath.platform.Settings;

/**
 * In demo mode, the demo mentors start with mentees (README, "Demo accounts"), so that the mentor's
 * pages show something at once. Learners who already have a mentor are left alone.
 */
@ApplicationScoped
public class DemoMentoring {

    private static final Logger LOG = Logger.getLogger(DemoMentoring.class.getName());

    /** Mentor username, then the usernames of that mentor's demo mentees. */
    static final List<List<String>> DEMO_RELATIONS = List.of(
            List.of("mentor", "learner", "learner2"),
            List.of("mentor2", "learner3"));

    @Inject
    Settings settings;

    @Inject
    AccountService accounts;

    @Inject
    MentorRelations relations;

    public void ensureRelations() {
        if (!settings.demoMode()) {
            return;
        }
        for (List<String> relation : DEMO_RELATIONS) {
            Account mentor = accounts.findByUsername(relation.get(0)).orElse(null);
            if (mentor == null) {
                continue;
            }
            for (String learnerName : relation.subList(1, relation.size())) {
                accounts.findByUsername(learnerName)
                        .filter(learner -> relations.currentOf(learner.getId()).isEmpty())
                        .ifPresent(learner -> assign(mentor, learner));
            }
        }
    }

    private void assign(Account mentor, Account learner) {
        try {
            relations.assign("system", mentor.getId(), List.of(learner.getId()));
        } catch (RuntimeException e) {
            // Another instance starting at the same moment may have made the relation first.
            LOG.log(Level.FINE, "Demo relation not made by this instance", e);
        }
    }
}
