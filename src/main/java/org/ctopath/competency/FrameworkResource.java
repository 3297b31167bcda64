package org.ctopath.competency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ctopath.api.ApiError;
import org.ctopath.assessment.AssessmentService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/framework}: the competency framework as everyone signed in reads it on the pages
 * (skill groups, skills and their indicators, the proficiency scale) and the role profiles with
 * their target levels. Archived groups, skills and profiles are left out.
 */
@Path("framework")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Framework", description = "The competency framework and the role profiles.")
public class FrameworkResource {

    public record Level(int ordinal, String code, String name, String description) {
    }

    public record Scale(String code, String name, Integer proficientFrom, List<Level> levels) {
    }

    public record SkillView(String code, String name, String description, String ecfCode, String sfiaCode, List<String> indicators) {
    }

    public record Group(String code, String name, String description, List<SkillView> skills) {
    }

    public record ProfileSummary(String code, String name, String summary) {
    }

    public record FrameworkView(String code, String name, String description, Scale scale, List<Group> groups,
                                List<ProfileSummary> profiles) {
    }

    public record Target(String skill, String skillName, int level, String levelCode, String levelName) {
    }

    public record Profile(String code, String name, String summary, String purpose, List<String> responsibilities, Scale scale,
                          List<Target> targets) {
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    RoleProfileService profiles;

    @Inject
    AssessmentService assessment;

    @GET
    @Operation(summary = "The competency framework",
            description = "The CTO development framework: its proficiency scale with every level, its skill groups in order with their"
                    + " skills and behavioural indicators, and the role profiles one can aim at (details at /framework/profiles/{code}).")
    public FrameworkView framework() {
        Framework framework = frameworks.findByCode(Framework.CTO_PATH)
                .orElseThrow(() -> ApiError.notFound("The framework is not there."));
        List<Group> groups = framework.getGroups().stream().filter(g -> !g.isArchived())
                .map(g -> new Group(g.getCode(), g.getName(), g.getDescription(), g.getSkills().stream().filter(s -> !s.isArchived())
                        .map(s -> new SkillView(s.getCode(), s.getName(), s.getDescription(), s.getEcfCode(), s.getSfiaCode(),
                                s.getIndicators())).toList()))
                .toList();
        List<ProfileSummary> summaries = assessment.profilesToChoose().stream()
                .map(p -> new ProfileSummary(p.getCode(), p.getName(), p.getSummary())).toList();
        return new FrameworkView(framework.getCode(), framework.getName(), framework.getDescription(), scale(framework.getScale()),
                groups, summaries);
    }

    @GET
    @Path("profiles/{code}")
    @Operation(summary = "A role profile",
            description = "A role profile with its purpose, responsibilities, scale and the target level of each of its skills.")
    public Profile profile(@Parameter(description = "The profile's code, such as CTO.", example = "CTO") @PathParam("code") String code) {
        RoleProfile profile = profiles.findByCode(code).filter(p -> !p.isArchived())
                .orElseThrow(() -> ApiError.notFound("There is no role profile " + code + "."));
        return new Profile(profile.getCode(), profile.getName(), profile.getSummary(), profile.getPurpose(), profile.getResponsibilities(),
                scale(profile.getScale()), profile.getTargets().stream()
                .map(t -> new Target(t.getSkill().getCode(), t.getSkill().getName(), t.getTargetLevel().getOrdinal(),
                        t.getTargetLevel().getCode(), t.getTargetLevel().getName())).toList());
    }

    static Scale scale(ProficiencyScale scale) {
        return new Scale(scale.getCode(), scale.getName(), scale.getThresholdOrdinal(), scale.getLevels().stream()
                .map(l -> new Level(l.getOrdinal(), l.getCode(), l.getName(), l.getDescription())).toList());
    }
}
