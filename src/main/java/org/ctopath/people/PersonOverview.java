package org.ctopath.people;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person's page shows, read only, of their learning: the plan they work on, the
 * certifications they passed and their skill gaps against their target profile.
 */
public final class PersonOverview implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A passed certification exam. */
    public static final class Certificate implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String title;
        private final LocalDate passedOn;
        private final String number;
        private final boolean verified;

        Certificate(String title, LocalDate passedOn, String number, boolean verified) {
            this.title = title;
            this.passedOn = passedOn;
            this.number = number;
            this.verified = verified;
        }

        public String getTitle() {
            return title;
        }

        public LocalDate getPassedOn() {
            return passedOn;
        }

        public String getNumber() {
            return number;
        }

        public boolean isVerified() {
            return verified;
        }
    }

    /** A skill of the target profile with its current and target level. */
    public static final class Gap implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String skill;
        private final int current;
        private final int target;
        private final int gap;
        private final boolean rated;

        Gap(String skill, int current, int target, int gap, boolean rated) {
            this.skill = skill;
            this.current = current;
            this.target = target;
            this.gap = gap;
            this.rated = rated;
        }

        public String getSkill() {
            return skill;
        }

        public int getCurrent() {
            return current;
        }

        public int getTarget() {
            return target;
        }

        public int getGap() {
            return gap;
        }

        public boolean isRated() {
            return rated;
        }
    }

    private final String planTitle;
    private final String planState;
    private final int itemsDone;
    private final int itemsTotal;
    private final int overdueItems;
    private final int percentDone;
    private final List<Certificate> certificates;
    private final List<Gap> gaps;
    private final String targetProfile;

    PersonOverview(String planTitle, String planState, int itemsDone, int itemsTotal, int overdueItems, int percentDone,
                   List<Certificate> certificates, List<Gap> gaps, String targetProfile) {
        this.planTitle = planTitle;
        this.planState = planState;
        this.itemsDone = itemsDone;
        this.itemsTotal = itemsTotal;
        this.overdueItems = overdueItems;
        this.percentDone = percentDone;
        this.certificates = List.copyOf(certificates);
        this.gaps = List.copyOf(gaps);
        this.targetProfile = targetProfile;
    }

    public boolean isHasPlan() {
        return planTitle != null;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public String getPlanState() {
        return planState;
    }

    public int getItemsDone() {
        return itemsDone;
    }

    public int getItemsTotal() {
        return itemsTotal;
    }

    public int getOverdueItems() {
        return overdueItems;
    }

    public int getPercentDone() {
        return percentDone;
    }

    public List<Certificate> getCertificates() {
        return certificates;
    }

    public List<Gap> getGaps() {
        return gaps;
    }

    public String getTargetProfile() {
        return targetProfile;
    }
}
