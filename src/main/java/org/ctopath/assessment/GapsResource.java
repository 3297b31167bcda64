package org.ctopath.assessment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ctopath.api.ApiCaller;
import org.ctopath.competency.RoleProfile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/people/{username}/gaps}: how far a person is from their target role profile in each
 * of its skills, with the resources that would close each open gap, as on the gaps page.
 */
@Path("people/{username}/gaps")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gaps", description = "A person's skill gaps against their target role profile.")
public class GapsResource {

    public record Recommended(String resource, String title, String kind, BigDecimal effortHours, int levelsCovered, String reason) {
    }

    public record Gap(String skill, String skillName, int target, int current, RatingSource ratedBy, int gap, boolean open,
                      List<Recommended> recommendations) {
    }

    public record Gaps(String username, String profile, String profileName, List<Gap> gaps) {
    }

    @Inject
    ApiCaller caller;

    @Inject
    AssessmentService assessment;

    @GET
    @Operation(summary = "A person's skill gaps",
            description = "For each skill of the person's target profile, in the profile's order: the target level, the current level and"
                    + " whose rating it comes from (SELF, MENTOR; absent when not rated), the gap (negative above the target) and, for"
                    + " an open gap, the ranked resources that close it. Levels are ordinals of the profile's scale (0: not yet at the"
                    + " first level).")
    public Gaps gaps(@Parameter(description = "The person's username.") @PathParam("username") String username) {
        caller.person(username);
        RoleProfile profile = assessment.target(username);
        Map<String, List<Recommended>> recommended = assessment.recommendations(username).stream()
                .collect(Collectors.toMap(r -> r.getGap().getSkillCode(), r -> r.getRecommendations().stream()
                        .map(c -> new Recommended(c.getResourceCode(), c.getTitle(), c.getKind(), c.getEffortHours(), c.getLevelsCovered(),
                                c.getReason())).toList(), (a, b) -> a));
        return new Gaps(username, profile.getCode(), profile.getName(), assessment.gaps(username).stream()
                .map(g -> new Gap(g.getSkillCode(), g.getSkillName(), g.getTarget(), g.getCurrent(), g.getCurrentFrom(), g.getGap(),
                        g.isOpen(), recommended.getOrDefault(g.getSkillCode(), List.of()))).toList());
    }
}
