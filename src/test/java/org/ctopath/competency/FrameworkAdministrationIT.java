package org.ctopath.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ctopath.audit.AuditEntry;
import org.ctopath.audit.AuditLog;
import org.ctopath.competency.FrameworkAdministration.GroupDraft;
import org.ctopath.competency.FrameworkAdministration.ProfileDraft;
import org.ctopath.competency.FrameworkAdministration.SkillDraft;
import org.ctopath.competency.FrameworkAdministration.TargetDraft;
import org.ctopath.platform.InvalidInput;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators change skills, groups and role profiles: validated, guarded, audited, never deleted. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class FrameworkAdministrationIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    FrameworkAdministration admin;

    @Inject
    FrameworkService frameworks;

    @Inject
    AuditLog audit;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private SkillDraft newSkill(String code) {
        return new SkillDraft(code, "Platform engineering", "Builds paved roads.", "TECH-STRATEGY", null, null,
                List.of("Run an internal developer platform as a product"), null);
    }

    private Map<String, String> problems(InvalidInput e) {
        return e.getProblems().stream().collect(Collectors.toMap(p -> String.valueOf(p.field()), InvalidInput.Problem::message, (a, b) -> a));
    }

    private AuditEntry lastEntryFor(String code) {
        return audit.page(code, 0, 1).get(0);
    }

    @Test
    void aNewSkillJoinsItsGroupAndTheLogSaysWhoAddedIt() {
        String code = unique("PLATFORM");

        admin.saveSkill(newSkill(code));

        Skill saved = admin.findSkill(code).orElseThrow();
        assertEquals("TECH-STRATEGY", saved.getGroup().getCode());
        assertEquals(List.of("Run an internal developer platform as a product"), saved.getIndicators());
        assertTrue(frameworks.activeSkills().stream().anyMatch(s -> s.getCode().equals(code)));
        AuditEntry entry = lastEntryFor(code);
        assertEquals("CREATE", entry.getAction().name());
        assertEquals("Skill", entry.getEntityType());
        assertTrue(entry.getDetails().contains("name: 'Platform engineering'"), entry.getDetails());
    }

    @Test
    void anEditIsRecordedAsWhatChanged() {
        String code = unique("EDITED");
        Skill created = admin.saveSkill(newSkill(code));

        admin.saveSkill(new SkillDraft(code, "Platform engineering leadership", "Builds paved roads.", "TECH-STRATEGY",
                "a.5", null, List.of("Run an internal developer platform as a product"), created.getVersion()));

        Skill saved = admin.findSkill(code).orElseThrow();
        assertEquals("A.5", saved.getEcfCode());
        assertEquals("name: 'Platform engineering' → 'Platform engineering leadership'; e-CF: (none) → 'A.5'",
                lastEntryFor(code).getDetails());
    }

    @Test
    void everyProblemOfADraftIsReportedAtOnceAndNothingIsSaved() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveSkill(
                new SkillDraft("bad code!", " ", null, "NO-SUCH-GROUP", "Z.99", "itsp1", List.of(" "), null)));

        Map<String, String> problems = problems(e);
        assertEquals(Map.of(
                "code", "Use 2 to 32 capital letters, digits and hyphens, such as CLOUD-COST.",
                "name", "Give the skill a name.",
                "ecfCode", "An e-CF code is an area letter A to E, a dot and a number, such as A.5.",
                "sfiaCode", "A SFIA code is four capital letters, such as ITSP.",
                "indicators", "Give at least one behavioural indicator: what a person at the target level should be able to do.",
                "group", "Choose a group that is in use."), problems);
    }

    @Test
    void aCodeIsTakenWhateverItsCase() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveSkill(newSkill("arch-design")));

        assertEquals("The code ARCH-DESIGN is taken by another skill.", problems(e).get("code"));
    }

    @Test
    void aStaleEditIsRefusedAndTheNewerOneKept() {
        String code = unique("RACE");
        long opened = admin.saveSkill(newSkill(code)).getVersion();
        admin.saveSkill(new SkillDraft(code, "First editor", null, "TECH-STRATEGY", null, null, List.of("One"), opened));

        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveSkill(
                new SkillDraft(code, "Second editor", null, "TECH-STRATEGY", null, null, List.of("Two"), opened)));

        assertEquals(FrameworkAdministration.CHANGED_MEANWHILE, e.getProblems().get(0).message());
        assertEquals("First editor", admin.findSkill(code).orElseThrow().getName());
    }

    @Test
    void anArchivedSkillLeavesEveryChoiceButKeepsItsHistory() {
        String code = unique("OLD");
        admin.saveSkill(newSkill(code));

        admin.archiveSkill(code, true);

        assertFalse(frameworks.activeSkills().stream().anyMatch(s -> s.getCode().equals(code)));
        assertTrue(admin.findSkill(code).orElseThrow().isArchived());
        assertEquals("ARCHIVE", lastEntryFor(code).getAction().name());
        admin.archiveSkill(code, false);
        assertTrue(frameworks.activeSkills().stream().anyMatch(s -> s.getCode().equals(code)));
    }

    @Test
    void aGroupIsCreatedInAFrameworkAndSkillsCannotJoinItOnceArchived() {
        String group = unique("GRP");
        admin.saveGroup(new GroupDraft(Framework.CTO_PATH, group, "Research", null, 9, null));
        admin.archiveGroup(group, true);

        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveSkill(
                new SkillDraft(unique("R"), "Research", null, group, null, null, List.of("Publish"), null)));

        assertEquals("Choose a group that is in use.", problems(e).get("group"));
    }

    @Test
    void aNewRoleProfileGetsTargetsOnItsScale() {
        String code = unique("VPE");

        admin.saveProfile(new ProfileDraft(code, "VP Engineering", "Runs engineering", null, "ECF",
                List.of("Deliver the roadmap", " "), List.of(new TargetDraft("LEADERSHIP", 5), new TargetDraft("planning", 4)), null));

        RoleProfile profile = admin.findProfile(code).orElseThrow();
        assertEquals(List.of("Deliver the roadmap"), profile.getResponsibilities());
        assertEquals(List.of("LEADERSHIP e-5", "PLANNING e-4"), profile.getTargets().stream()
                .map(t -> t.getSkill().getCode() + " " + t.getTargetLevel().getCode()).toList());
        assertTrue(lastEntryFor(code).getDetails().contains("targets: 'LEADERSHIP e-5, PLANNING e-4'"));
    }

    @Test
    void profileTargetsMustBeOnTheScaleAndEachSkillOnce() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveProfile(new ProfileDraft(unique("BAD"), "Bad", null, null, "ECF",
                List.of(), List.of(new TargetDraft("LEADERSHIP", 6), new TargetDraft("PLANNING", 3), new TargetDraft("PLANNING", 4),
                        new TargetDraft("NO-SUCH", 2)), null)));

        Map<String, String> problems = problems(e);
        assertEquals("The target level of LEADERSHIP must be a level of the scale e-CF proficiency levels (1 to 5).", problems.get("targets:0:level"));
        assertEquals("PLANNING is listed twice; give each skill one target level.", problems.get("targets:2:skill"));
        assertEquals("There is no skill NO-SUCH in use.", problems.get("targets:3:skill"));
    }

    @Test
    void editingAProfileKeepsTheTargetsOfSkillsStillListed() {
        String code = unique("CPO");
        RoleProfile created = admin.saveProfile(new ProfileDraft(code, "CPO", null, null, "ECF", List.of(),
                List.of(new TargetDraft("LEADERSHIP", 4), new TargetDraft("PLANNING", 4)), null));

        admin.saveProfile(new ProfileDraft(code, "CPO", null, null, null, List.of(),
                List.of(new TargetDraft("PLANNING", 5), new TargetDraft("INNOVATING", 3)), created.getVersion()));

        assertEquals(List.of("PLANNING e-5", "INNOVATING e-3"), admin.findProfile(code).orElseThrow().getTargets().stream()
                .map(t -> t.getSkill().getCode() + " " + t.getTargetLevel().getCode()).toList());
        assertTrue(lastEntryFor(code).getDetails().startsWith("targets: 'LEADERSHIP e-4, PLANNING e-4' → 'PLANNING e-5, INNOVATING e-3'"),
                lastEntryFor(code).getDetails());
    }

    private static List<FrameworkAdministration.LevelDraft> levels(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> new FrameworkAdministration.LevelDraft(c, "Level " + c, "Does " + c)).toList();
    }

    @Test
    void aScaleIsCreatedWithItsLevelsAndCanGrowButNeverShrink() {
        String code = unique("SCALE");
        ProficiencyScale created = admin.saveScale(new FrameworkAdministration.ScaleDraft(code, "Three steps", null, 2, levels("L1", "L2", "L3"), null));
        assertEquals(List.of("L1", "L2", "L3"), created.getLevels().stream().map(ProficiencyLevel::getCode).toList());

        ProficiencyScale grown = admin.saveScale(new FrameworkAdministration.ScaleDraft(code, "Four steps", null, 3,
                levels("L1", "L2", "L3", "L4"), created.getVersion()));
        assertEquals(4, grown.getMaxOrdinal());
        assertEquals(3, grown.getThresholdOrdinal());

        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveScale(new FrameworkAdministration.ScaleDraft(code, "Two", null, null,
                levels("L1", "L2"), grown.getVersion())));
        assertEquals("Levels cannot be taken away from a scale: ratings and targets refer to them.", problems(e).get("levels"));
    }

    @Test
    void aScaleNeedsDistinctLevelsAndAThresholdAmongThem() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> admin.saveScale(new FrameworkAdministration.ScaleDraft(unique("S"), "Bad", null, 5,
                List.of(new FrameworkAdministration.LevelDraft("a", "A", "Does a"), new FrameworkAdministration.LevelDraft("A", "", "Does A")), null)));

        Map<String, String> problems = problems(e);
        assertEquals("The level code A is used twice.", problems.get("levels:1:code"));
        assertEquals("Give the level a name.", problems.get("levels:1:name"));
        assertEquals("The threshold must be one of the scale's levels.", problems.get("threshold"));
    }
}
