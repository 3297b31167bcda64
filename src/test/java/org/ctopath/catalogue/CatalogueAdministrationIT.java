package org.ctopath.catalogue;

import org.ctopath.platform.InvalidInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.ctopath.audit.AuditAction;
import org.ctopath.audit.AuditEntry;
import org.ctopath.audit.AuditLog;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Administrators change the catalogue inside the server against the real database. Every test
 * makes resources of its own, with codes no other test uses, and leaves the shipped ones alone.
 */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class CatalogueAdministrationIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    CatalogueAdministration administration;

    @Inject
    CatalogueService catalogue;

    @Inject
    AuditLog audit;

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static ResourceData book(String code) {
        ResourceData data = new ResourceData();
        data.setCode(code);
        data.setKind(ResourceKind.BOOK);
        data.setTitle("Administration test book " + code);
        data.setProvider("Test Author");
        data.setEffortHours(BigDecimal.TEN);
        data.setSkills(List.of(new ResourceData.SkillRow("ARCH-DESIGN", 3, 4)));
        return data;
    }

    static ResourceData certification(String code, String... prerequisites) {
        ResourceData data = book(code);
        data.setKind(ResourceKind.CERTIFICATION);
        data.setTitle("Administration test certification " + code);
        data.setIssuingBody("Test Body");
        data.setPrerequisiteCodes(List.of(prerequisites));
        return data;
    }

    private List<AuditEntry> auditOf(String code) {
        return audit.page(code, 0, 20);
    }

    private static CatalogueQuery text(String text) {
        return new CatalogueQuery(text, null, null, null, null);
    }

    @Test
    void aCreatedResourceIsOfferedWithItsSkillsAndTheCreationIsAudited() {
        String code = unique("ADM-NEW");
        ResourceData data = book(code);
        data.setUrl("https://www.example.org/book");
        data.setCostAmount(new BigDecimal("39.90"));
        data.setCostCurrency("EUR");

        administration.createResource(data);

        LearningResource saved = catalogue.findByCode(code).orElseThrow();
        assertEquals("Administration test book " + code, saved.getTitle());
        assertEquals("ARCH-DESIGN:3-4", ResourceData.of(saved, null).getSkillsText());
        assertEquals(List.of(code), catalogue.search(text(saved.getTitle()), 0, 10, null, true).stream().map(LearningResource::getCode).toList());
        AuditEntry created = auditOf(code).get(0);
        assertEquals(AuditAction.CREATE, created.getAction());
        assertEquals("LearningResource", created.getEntityType());
        assertTrue(created.getDetails().startsWith("code: '" + code + "'; kind: BOOK; title: 'Administration test book"), created.getDetails());
        assertTrue(created.getDetails().contains("cost: 39.9; currency: 'EUR'; skills: 'ARCH-DESIGN:3-4'"), created.getDetails());
    }

    @Test
    void anUpdateIsAuditedWithWhatChangedFromWhatToWhat() {
        String code = unique("ADM-UPD");
        ResourceData data = book(code);
        data.setTitle("Before");
        administration.createResource(data);

        ResourceData edit = administration.resource(code).orElseThrow();
        edit.setTitle("After");
        edit.setEffortHours(new BigDecimal("12"));
        edit.setSkills(List.of(new ResourceData.SkillRow("ARCH-DESIGN", 3, 5), new ResourceData.SkillRow("PLANNING", 2, 3)));
        administration.updateResource(edit);

        AuditEntry updated = auditOf(code).get(0);
        assertEquals(AuditAction.UPDATE, updated.getAction());
        assertEquals("title: 'Before' → 'After'; effort: 10 → 12; skills: 'ARCH-DESIGN:3-4' → 'ARCH-DESIGN:3-5|PLANNING:2-3'", updated.getDetails());
        assertEquals("ARCH-DESIGN:3-5|PLANNING:2-3", administration.resource(code).orElseThrow().getSkillsText());
    }

    @Test
    void aCertificationKeepsItsExamFactsSchemeAndPrerequisites() {
        String first = unique("ADM-C1");
        String second = unique("ADM-C2");
        administration.createResource(certification(first));
        ResourceData data = certification(second, first, "ITIL4-F");
        data.setSchemeCode("ITIL4");
        data.setExamQuestions(40);
        data.setExamPassMark(26);
        data.setExamMinutes(60);
        data.setExamMinutesNonNative(75);

        administration.createResource(data);

        Certification saved = catalogue.certificationOf(catalogue.findByCode(second).orElseThrow()).orElseThrow();
        assertEquals("Test Body", saved.getIssuingBody());
        assertEquals("ITIL4", saved.getScheme().getCode());
        assertEquals(65, saved.getExamPassPercent());
        assertEquals(List.of(first, "ITIL4-F"), saved.getPrerequisites().stream().map(Certification::getCode).sorted().toList());
    }

    @Test
    void anArchivedResourceLeavesTheCatalogueButKeepsItsPageAndCanBeRestored() {
        String code = unique("ADM-ARC");
        administration.createResource(book(code));
        CatalogueQuery byCode = text(code);

        administration.archiveResource(code);

        assertEquals(0, catalogue.count(byCode));
        assertTrue(catalogue.findByCode(code).orElseThrow().isArchived(), "the page stays");
        assertEquals(0, administration.countResources(byCode, false));
        assertEquals(1, administration.countResources(byCode, true));
        assertEquals(AuditAction.ARCHIVE, auditOf(code).get(0).getAction());

        administration.restoreResource(code);

        assertEquals(1, catalogue.count(byCode));
        assertEquals(AuditAction.RESTORE, auditOf(code).get(0).getAction());
    }

    @Test
    void aCodeInUseIsRefusedAndNothingIsSaved() {
        String code = unique("ADM-DUP");
        administration.createResource(book(code));
        ResourceData again = book(code);
        again.setTitle("A second one");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.createResource(again));

        assertEquals("The code " + code + " is already taken by another resource.", refused.messageFor("code"));
        assertEquals("Administration test book " + code, catalogue.findByCode(code).orElseThrow().getTitle());
        assertEquals(1, auditOf(code).size(), "only the first creation is recorded");
    }

    @Test
    void everyBrokenRuleIsReportedAgainstItsFieldAndNothingIsSaved() {
        String code = unique("ADM-BAD");
        ResourceData data = book(code);
        data.setUrl("not a web address");
        data.setSkills(List.of(new ResourceData.SkillRow("ARCH-DESIGN", 4, 4)));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.createResource(data));

        assertTrue(refused.messageFor("url").startsWith("Enter a web address"), refused.getProblems().toString());
        assertEquals("The level reached must be higher than the starting level 4.", refused.messageFor("skills[0].to"));
        assertTrue(catalogue.findByCode(code).isEmpty());
    }

    @Test
    void aPrerequisiteThatWouldCloseACycleIsRefusedNamingTheCycle() {
        String first = unique("ADM-CYA");
        String second = unique("ADM-CYB");
        administration.createResource(certification(first));
        administration.createResource(certification(second, first));
        ResourceData edit = administration.resource(first).orElseThrow();
        edit.setPrerequisiteCodes(List.of(second));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.updateResource(edit));

        assertEquals(first + " cannot require " + second + ": " + first + " → " + second + " → " + first, refused.messageFor("prerequisites"));
        assertEquals(List.of(), administration.resource(first).orElseThrow().getPrerequisiteCodes());
    }

    @Test
    void anEditBegunBeforeSomeoneElsesSaveIsRefusedAndTheirSaveIsKept() {
        String code = unique("ADM-VER");
        administration.createResource(book(code));
        ResourceData mine = administration.resource(code).orElseThrow();
        ResourceData theirs = administration.resource(code).orElseThrow();
        theirs.setTitle("Theirs");
        administration.updateResource(theirs);

        mine.setTitle("Mine");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.updateResource(mine));

        assertTrue(refused.getProblems().get(0).message().startsWith("Someone else saved changes to " + code), refused.getMessage());
        assertEquals(null, refused.getProblems().get(0).field());
        assertEquals("Theirs", catalogue.findByCode(code).orElseThrow().getTitle());
    }

    @Test
    void changingOnlyTheExamStillCountsAsANewVersion() {
        String code = unique("ADM-EXV");
        administration.createResource(certification(code));
        ResourceData mine = administration.resource(code).orElseThrow();
        ResourceData theirs = administration.resource(code).orElseThrow();
        theirs.setExamQuestions(50);
        administration.updateResource(theirs);

        mine.setTitle("Mine");

        assertThrows(InvalidInput.class, () -> administration.updateResource(mine));
        assertEquals(50, administration.resource(code).orElseThrow().getExamQuestions());
    }

    @Test
    void aCertificationCannotTurnIntoABook() {
        String code = unique("ADM-KND");
        administration.createResource(certification(code));
        ResourceData edit = administration.resource(code).orElseThrow();
        edit.setKind(ResourceKind.BOOK);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.updateResource(edit));

        assertTrue(refused.messageFor("kind").startsWith("A certification stays a certification"), refused.getProblems().toString());
    }

    @Test
    void schemesAreCreatedChangedAndArchivedWithTheirRules() {
        String code = unique("ADM-SCH");
        SchemeData scheme = new SchemeData();
        scheme.setCode(code);
        scheme.setName("Test scheme");
        scheme.setIssuingBody("Test Body");
        scheme.setValidityMonths(0);

        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.saveScheme(scheme));
        assertTrue(refused.messageFor("validityMonths").startsWith("Validity is a number of months above 0"), refused.getProblems().toString());

        scheme.setValidityMonths(36);
        administration.saveScheme(scheme);
        SchemeData edit = SchemeData.of(administration.schemes().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow());
        edit.setCpdPointsPerYear(20);
        edit.setSharedRenewalDate(true);
        administration.saveScheme(edit);
        administration.archiveScheme(code);

        List<AuditEntry> entries = auditOf(code);
        assertEquals(List.of(AuditAction.ARCHIVE, AuditAction.UPDATE, AuditAction.CREATE), entries.stream().map(AuditEntry::getAction).toList());
        assertEquals("shared renewal date: no → yes; CPD points per year: (none) → 20", entries.get(1).getDetails());
        assertTrue(administration.schemes().stream().filter(s -> s.getCode().equals(code)).findFirst().orElseThrow().isArchived());
    }

    @Test
    void designationsNeedCertificationsAndKeepTheirMembers() {
        String first = unique("ADM-DC1");
        String second = unique("ADM-DC2");
        String code = unique("ADM-DES");
        administration.createResource(certification(first));
        administration.createResource(certification(second));
        DesignationData designation = new DesignationData();
        designation.setCode(code);
        designation.setName("Test designation");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> administration.saveDesignation(designation));
        assertEquals("Choose the certifications that earn the designation.", refused.messageFor("certifications"));

        designation.setCertificationCodes(List.of(first, second));
        designation.setSchemeCode("ITIL4");
        administration.saveDesignation(designation);

        Certification member = catalogue.certificationOf(catalogue.findByCode(first).orElseThrow()).orElseThrow();
        assertEquals(List.of(code), catalogue.designationsContaining(member).stream().map(Designation::getCode).toList());
        administration.archiveDesignation(code);
        assertEquals(List.of(), catalogue.designationsContaining(member), "an archived designation is no longer counted toward");
        assertFalse(auditOf(code).isEmpty());
    }
}
