package org.ctopath.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.ctopath.competency.SkillTarget;
import org.ctopath.identity.ActiveUser;

/** Every rating of one skill of the learner's, newest first: its trend ({@code /learner/skill?code=ARCH-DESIGN}). */
@Named
@RequestScoped
public class SkillHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    AssessmentService assessment;

    @Inject
    ActiveUser user;

    private String code;
    private SkillTarget target;
    private List<SkillRating> ratings = List.of();

    /** Only the skills of the learner's own target profile have a page; anything else is a 404. */
    public void load() throws IOException {
        target = code == null ? null : assessment.targetSkills(user.getUsername()).stream()
                .filter(t -> t.getSkill().getCode().equals(code)).findFirst().orElse(null);
        if (target == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such skill in your target profile");
            faces.responseComplete();
            return;
        }
        ratings = assessment.history(user.getUsername(), code);
    }

    public String when(SkillRating rating) {
        return WHEN.format(rating.getRatedAt());
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
