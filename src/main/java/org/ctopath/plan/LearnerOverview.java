package org.ctopath.plan;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctopath.certification.CertificationRecords;
import org.ctopath.identity.ActiveUser;

/** What the learner's home page shows at a glance: the current plan, the next items due, certifications. */
@Named
@RequestScoped
public class LearnerOverview {

    private static final int NEXT_ITEMS = 3;

    @Inject
    PlanService plans;

    @Inject
    CertificationRecords records;

    @Inject
    ActiveUser user;

    private DevelopmentPlan current;
    private List<PlanItem> nextDue = List.of();
    private List<CertificationRecords.SchemeStanding> standings;

    @PostConstruct
    void init() {
        current = plans.current(user.getUsername()).orElse(null);
        if (current != null) {
            nextDue = current.nextDue(NEXT_ITEMS);
        }
        standings = records.standings(user.getUsername());
    }

    public DevelopmentPlan getCurrent() {
        return current;
    }

    public boolean isOnTrack() {
        return current == null || current.isOnTrack(plans.today());
    }

    public List<PlanItem> getNextDue() {
        return nextDue;
    }

    public List<CertificationRecords.SchemeStanding> getStandings() {
        return standings;
    }
}
