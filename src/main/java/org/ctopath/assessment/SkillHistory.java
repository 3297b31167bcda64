package org.ctopath.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ctopath.competency.SkillTarget;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.Pages;
import org.ctopath.platform.UtcTime;

/** Every rating of one skill of the learner's, newest first: its trend ({@code /learner/skill?code=ARCH-DESIGN}). */
@Named
@RequestScoped
public class SkillHistory {


    @Inject
    AssessmentService assessment;

    @Inject
    ActiveUser user;

    private String code;
    private SkillTarget target;
    private List<SkillRating> ratings = List.of();

    /** Only the skills of the learner's own target profile have a page; anything else is a 404. */
    public void load() {
        target = code == null ? null : assessment.targetSkills(user.getUsername()).stream()
                .filter(t -> t.getSkill().getCode().equals(code)).findFirst().orElse(null);
        if (target == null) {
            Pages.notFound("No such skill in your target profile");
            return;
        }
        ratings = assessment.history(user.getUsername(), code);
    }

    public String when(SkillRating rating) {
        return UtcTime.minute(rating.getRatedAt());
    }

    public String day(java.time.Instant instant) {
        return UtcTime.day(instant);
    }

    public String levelLabel(int ordinal) {
        return target.getTargetLevel().getScale().label(ordinal);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public SkillTarget getTarget() {
        return target;
    }

    public List<SkillRating> getRatings() {
        return ratings;
    }
}
