package org.ctopath.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CTO development framework that the migrations ship (shared/domain: seeds 000 and 003, the
 * brief). Other tests add groups and skills, so these look for what ships by its codes.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class FrameworkIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    RoleProfileService profiles;

    private Framework framework() {
        return frameworks.findByCode(Framework.CTO_PATH).orElseThrow();
    }

    private static final List<String> SHIPPED_GROUPS = List.of("TECH-STRATEGY", "BUSINESS-ALIGN", "OPS-SECURITY",
            "PEOPLE-CULTURE", "STAKEHOLDERS", "EMERGING");

    private List<SkillGroup> shippedGroups() {
        return framework().getGroups().stream().filter(g -> SHIPPED_GROUPS.contains(g.getCode())).toList();
    }

    private Map<String, Skill> skillsByCode() {
        return shippedGroups().stream().flatMap(g -> g.getSkills().stream())
                .collect(Collectors.toMap(Skill::getCode, Function.identity()));
    }

    @Test
    void theFrameworkGroupsTheResponsibilityAreasOfTheJobListings() {
        assertEquals(List.of("Technical leadership and strategy", "Product and business alignment",
                        "Operational excellence and security", "People and culture leadership",
                        "Stakeholder communication and influence", "Emerging CTO responsibilities"),
                shippedGroups().stream().map(SkillGroup::getName).toList());
    }

    @Test
    void theUniqueResponsibilitiesAreSkillsOfTheirOwn() {
        SkillGroup emerging = shippedGroups().get(5);

        List<String> names = emerging.getSkills().stream().map(Skill::getName).toList();

        for (String area : List.of("AI and automation strategy", "Tech debt and human debt management", "Cloud cost optimisation",
                "Data and analytics leadership", "Sustainability and ESG", "M&A technology due diligence",
                "Transformation strategy", "Healthcare IT compliance (HL7, FHIR, HIPAA)")) {
            assertTrue(names.contains(area), area + " in " + names);
        }
    }

    @Test
    void everySkillHasABehaviouralIndicatorAndSitsInAGroup() {
        Map<String, Skill> skills = skillsByCode();

        assertTrue(skills.size() >= 33);
        assertTrue(skills.keySet().containsAll(List.of("ARCH-DESIGN", "PLANNING", "TECH-STRATEGY-EXEC", "CLOUD-COST",
                "HEALTHCARE-COMPLIANCE", "INVESTOR-BOARD")), skills.keySet().toString());
        skills.values().forEach(s -> assertFalse(s.getIndicators().isEmpty(), s.getCode() + " has indicators"));
    }

    @Test
    void externalCodesFollowTheDomainBrief() {
        Map<String, Skill> skills = skillsByCode();

        assertEquals("A.5", skills.get("ARCH-DESIGN").getEcfCode());
        assertEquals("A.7", skills.get("TECH-TRENDS").getEcfCode());
        assertEquals("A.9", skills.get("INNOVATING").getEcfCode());
        assertEquals("SCTY", skills.get("CYBERSECURITY").getSfiaCode());
        // the brief names no e-CF competence for leadership and teamwork
        assertEquals(null, skills.get("LEADERSHIP").getEcfCode());
    }

    @Test
    void theScaleMarksItsProficiencyThreshold() {
        ProficiencyScale scale = framework().getScale();

        assertEquals(3, scale.getThresholdOrdinal());
        assertEquals("e-3 Senior Professional", scale.level(3).map(l -> l.getCode() + " " + l.getName()).orElseThrow());
        assertEquals(5, scale.getMaxOrdinal());
    }

    @Test
    void everySkillOfTheCtoProfileIsInTheFrameworkWithATarget() {
        Map<String, Skill> skills = skillsByCode();
        RoleProfile cto = profiles.findByCode(RoleProfile.CTO).orElseThrow();

        cto.getTargets().forEach(t -> {
            assertTrue(skills.containsKey(t.getSkill().getCode()), t.getSkill().getCode());
            assertTrue(t.getTargetLevel().getOrdinal() >= 1, t.getSkill().getCode() + " has a target level");
        });
    }
}
