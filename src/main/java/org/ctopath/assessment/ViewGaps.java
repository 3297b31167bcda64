package org.ctopath.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.ctopath.competency.RoleProfile;
import org.ctopath.identity.ActiveUser;
import org.ctopath.platform.ScriptJson;

/** The learner's gaps against their target profile, largest first, with a radar chart and recommendations ({@code /learner/gaps}). */
@Named
@RequestScoped
public class ViewGaps {

    @Inject
    AssessmentService assessment;

    @Inject
    ActiveUser user;

    private RoleProfile profile;
    private List<SkillGap> gaps;
    private List<AssessmentService.GapRecommendations> recommendations;

    @PostConstruct
    void init() {
        profile = assessment.target(user.getUsername());
        gaps = assessment.gaps(user.getUsername());
    }

    public List<SkillGap> getGaps() {
        return gaps;
    }

    public List<AssessmentService.GapRecommendations> getRecommendations() {
        if (recommendations == null) {
            recommendations = assessment.recommendations(user.getUsername());
        }
        return recommendations;
    }

    public RoleProfile getProfile() {
        return profile;
    }

    public String getRule() {
        return GapAnalysis.RULE;
    }

    public String levelLabel(int ordinal) {
        return profile.getScale().label(ordinal);
    }

    /**
     * Chart.js configuration of a radar chart: target against current level, in the profile's skill order.
     * The page writes it into a script, so it is made safe there ({@link ScriptJson}): skill names are
     * anyone's text.
     */
    public String getRadarChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        JsonArrayBuilder current = Json.createArrayBuilder();
        profile.getTargets().forEach(t -> {
            SkillGap gap = gaps.stream().filter(g -> g.getSkillCode().equals(t.getSkill().getCode())).findFirst().orElseThrow();
            labels.add(t.getSkill().getName());
            target.add(gap.getTarget());
            current.add(gap.getCurrent());
        });
        return ScriptJson.of(Json.createObjectBuilder()
                .add("type", "radar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", "Target").add("data", target)
                                        .add("borderColor", "#1f6feb").add("backgroundColor", "rgba(31,111,235,0.12)"))
                                .add(Json.createObjectBuilder().add("label", "Current").add("data", current)
                                        .add("borderColor", "#d97706").add("backgroundColor", "rgba(217,119,6,0.25)"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("scales", Json.createObjectBuilder().add("r", Json.createObjectBuilder()
                                .add("min", 0).add("max", profile.getScale().getMaxOrdinal())
                                .add("ticks", Json.createObjectBuilder().add("stepSize", 1)))))
                .build());
    }
}
