package org.ctopath.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import java.util.List;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CTO role profile that the migrations ship, read through the application's own service,
 * against the published profile (shared/domain/seeds/003).
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class ReferenceDataIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    RoleProfileService profiles;

    private RoleProfile cto() {
        return profiles.findByCode(RoleProfile.CTO).orElseThrow();
    }

    @Test
    void theCtoProfileHasTheSixPublishedSkillsInOrderWithTheirTargets() {
        List<SkillTarget> targets = cto().getTargets();

        assertEquals(List.of("Architecture Design", "Technology Trend Monitoring", "Innovating",
                        "Best Practice Processes, Methods and Tools", "Leadership and teamwork", "Planning and Organisation"),
                targets.stream().map(t -> t.getSkill().getName()).toList());
        assertEquals(List.of("e-5", "e-5", "e-5", "e-4", "e-5", "e-5"),
                targets.stream().map(t -> t.getTargetLevel().getCode()).toList());
    }

    @Test
    void everyIndicatorIsThereWordForWord() {
        List<SkillTarget> targets = cto().getTargets();

        assertEquals(List.of(6, 3, 2, 4, 3, 3), targets.stream().map(t -> t.getSkill().getIndicators().size()).toList());
        List<String> architecture = targets.get(0).getSkill().getIndicators();
        assertEquals("Provide IT strategic leadership for implementing the enterprise strategy", architecture.get(0));
        assertEquals("Identify change requirements and the components involved: hardware, software, applications, processes, information and technology platform",
                architecture.get(3));
        assertEquals("Maintain alignment between business evolution and technology developments.", architecture.get(5));
        assertEquals("Deploy novel and open thinking to envision exploitation of technological advances to address business/society needs or research direction.",
                targets.get(2).getSkill().getIndicators().get(1));
        assertEquals("Set and communicate priorities for the broader organization.",
                targets.get(5).getSkill().getIndicators().get(2));
    }

    @Test
    void theScaleHasFiveOrderedNamedDescribedLevels() {
        ProficiencyScale scale = cto().getScale();

        assertEquals(List.of("e-1", "e-2", "e-3", "e-4", "e-5"), scale.getLevels().stream().map(ProficiencyLevel::getCode).toList());
        assertEquals(List.of("Associate", "Professional", "Senior Professional", "Lead Professional", "Principal"),
                scale.getLevels().stream().map(ProficiencyLevel::getName).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), scale.getLevels().stream().map(ProficiencyLevel::getOrdinal).toList());
        scale.getLevels().forEach(level -> assertEquals(true, level.getDescription().length() > 40, level.getCode()));
    }

    @Test
    void thePurposeAndResponsibilitiesComeFromTheProfile() {
        RoleProfile cto = cto();

        assertEquals("Chief Technology Officer", cto.getName());
        assertEquals(List.of("Set overall technology standards and practices",
                "Make recommendations on technology solutions to senior managers",
                "Manage the implementation of technology systems, and monitor their effectiveness",
                "Provide technical leadership."), cto.getResponsibilities());
        assertEquals(true, cto.getPurpose().startsWith("As Chief Technology Officer (CTO), your challenge is to make the right technology choices"));
    }

    @Test
    void anUnknownProfileCodeFindsNothing() {
        assertEquals(true, profiles.findByCode("NO-SUCH-ROLE").isEmpty());
    }
}
