package org.ctopath.competency.exchange;

import java.util.List;

/** A small framework for format tests. */
final class Samples {

    private Samples() {
    }

    static FrameworkData framework() {
        FrameworkData.Scale scale = new FrameworkData.Scale("ECF", "e-CF proficiency levels", "Five levels", 3, List.of(
                new FrameworkData.Level("e-1", "Associate", "Applies knowledge"),
                new FrameworkData.Level("e-2", "Professional", "Works independently"),
                new FrameworkData.Level("e-3", "Senior Professional", "Leads a team")));
        return new FrameworkData("CTO-MINI", "Mini CTO framework", "For tests", scale, List.of(
                new FrameworkData.Group("TECH", "Technical leadership", "Technology", List.of(
                        new FrameworkData.Skill("ARCH", "Architecture Design", "Shapes the architecture", "A.5", null,
                                List.of("Provide IT strategic leadership", "Take into account interoperability, \"scalability\", usability and security")),
                        new FrameworkData.Skill("TRENDS", "Technology Trend Monitoring", null, "A.7", "EMRG",
                                List.of("Follow new technology, and report on it")))),
                new FrameworkData.Group("PEOPLE", "People, culture", null, List.of(
                        new FrameworkData.Skill("LEAD", "Leadership and teamwork", "Grows teams", null, null,
                                List.of("Lead and scale a high-performing engineering team"))))));
    }
}
