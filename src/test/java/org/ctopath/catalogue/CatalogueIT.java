package org.ctopath.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ctopath.competency.RoleProfile;
import org.ctopath.competency.RoleProfileService;
import org.ctopath.testing.Deployments;
import org.ctopath.testing.callers.AsSystem;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalogue that ships, and how it is searched: the ITIL 4 facts are those of the domain brief. */
@ExtendWith({ArquillianExtension.class, AsSystem.class})
class CatalogueIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    @Inject
    CatalogueService catalogue;

    @Inject
    RoleProfileService profiles;

    private Certification certification(String code) {
        return catalogue.certificationOf(catalogue.findByCode(code).orElseThrow()).orElseThrow();
    }

    private static Set<String> codes(List<Certification> certifications) {
        return certifications.stream().map(Certification::getCode).collect(Collectors.toSet());
    }

    private static List<String> codes(Collection<LearningResource> resources) {
        return resources.stream().map(LearningResource::getCode).toList();
    }

    @Test
    void atLeastFortyResourcesShip() {
        assertTrue(catalogue.count(CatalogueQuery.everything()) >= 40);
    }

    @Test
    void everySkillOfTheCtoProfileHasAtLeastTwoResources() {
        RoleProfile cto = profiles.findByCode(RoleProfile.CTO).orElseThrow();

        cto.getTargets().forEach(t -> {
            long count = catalogue.count(new CatalogueQuery(null, t.getSkill().getCode(), null, null, null));
            assertTrue(count >= 2, t.getSkill().getName() + " has " + count + " resources");
        });
    }

    @Test
    void itilFoundationCarriesItsExamFacts() {
        Certification foundation = certification("ITIL4-F");

        assertEquals(40, foundation.getExamQuestions());
        assertEquals(26, foundation.getExamPassMark());
        assertEquals(65, foundation.getExamPassPercent());
        assertEquals(60, foundation.getExamMinutes());
        assertEquals(75, foundation.getExamMinutesNonNative());
        assertEquals(List.of(), foundation.getPrerequisites());
    }

    @Test
    void dpiAndDitsRequireFoundation() {
        Certification dpi = certification("ITIL4-DPI");
        Certification dits = certification("ITIL4-DITS");

        assertEquals(List.of(40, 28, 90, 113), List.of(dpi.getExamQuestions(), dpi.getExamPassMark(), dpi.getExamMinutes(), dpi.getExamMinutesNonNative()));
        assertEquals(List.of(30, 21, 60, 75), List.of(dits.getExamQuestions(), dits.getExamPassMark(), dits.getExamMinutes(), dits.getExamMinutesNonNative()));
        assertEquals(Set.of("ITIL4-F"), codes(dpi.getPrerequisites()));
        assertEquals(Set.of("ITIL4-F"), codes(dits.getPrerequisites()));
    }

    @Test
    void dpiCountsTowardBothDesignations() {
        List<Designation> designations = catalogue.designationsContaining(certification("ITIL4-DPI"));

        assertEquals(Set.of("ITIL4-MP", "ITIL4-SL"), designations.stream().map(Designation::getCode).collect(Collectors.toSet()));
        assertEquals(Set.of("ITIL4-CDS", "ITIL4-DSV", "ITIL4-HVIT", "ITIL4-DPI"),
                codes(catalogue.findDesignation("ITIL4-MP").orElseThrow().getCertifications()));
        assertEquals(Set.of("ITIL4-DPI", "ITIL4-DITS"),
                codes(catalogue.findDesignation("ITIL4-SL").orElseThrow().getCertifications()));
    }

    @Test
    void theItilSchemeRenewsTheWholeSuiteEveryThreeYears() {
        CertificationScheme itil = certification("ITIL4-F").getScheme();

        assertEquals(36, itil.getValidityMonths());
        assertTrue(itil.isSharedRenewalDate());
        assertEquals(20, itil.getCpdPointsPerYear());
    }

    @Test
    void theShippedPrerequisitesHaveNoCycleAndACycleIsRefused() {
        PrerequisiteGraph graph = catalogue.prerequisiteGraph();

        assertEquals(Optional.empty(), graph.anyCycle());
        assertEquals(Optional.of(List.of("ITIL4-F", "ITIL4-DPI", "ITIL4-F")), graph.cycleIfAdded("ITIL4-F", "ITIL4-DPI"));
    }

    @Test
    void textSearchMatchesTitleOrAuthorWhateverTheCase() {
        List<LearningResource> byAuthor = catalogue.search(new CatalogueQuery("FOURNIER", null, null, null, null), 0, 10, null, true);
        List<LearningResource> byTitle = catalogue.search(new CatalogueQuery("itil 4 foundation", null, null, null, null), 0, 10, null, true);

        assertTrue(byAuthor.stream().anyMatch(r -> r.getTitle().startsWith("The Manager's Path")), codes(byAuthor).toString());
        assertEquals(List.of("ITIL4-F"), byTitle.stream().map(LearningResource::getCode).toList());
    }

    @Test
    void wildcardsTypedByAPersonAreTakenLiterally() {
        assertEquals(0, catalogue.count(new CatalogueQuery("%", null, null, null, null)));
        assertEquals(0, catalogue.count(new CatalogueQuery("_", null, null, null, null)));
    }

    @Test
    void filtersNarrowTheResultsAndCountAgreesWithThePages() {
        CatalogueQuery certifications = new CatalogueQuery(null, null, ResourceKind.CERTIFICATION, null, null);
        CatalogueQuery shortOnes = new CatalogueQuery(null, null, null, new BigDecimal("10"), null);

        List<LearningResource> all = catalogue.search(certifications, 0, 500, null, true);
        assertEquals(catalogue.count(certifications), all.size());
        assertTrue(all.size() >= 6);
        assertTrue(all.stream().allMatch(LearningResource::isCertification));
        assertTrue(catalogue.search(shortOnes, 0, 500, null, true).stream()
                .allMatch(r -> r.getEffortHours().compareTo(BigDecimal.TEN) <= 0));
        assertTrue(catalogue.count(shortOnes) < catalogue.count(CatalogueQuery.everything()));
    }

    @Test
    void pagesFollowTheChosenSortWithoutGapsOrRepeats() {
        CatalogueQuery everything = CatalogueQuery.everything();
        long total = catalogue.count(everything);

        List<LearningResource> paged = new java.util.ArrayList<>();
        for (int first = 0; first < total; first += 7) {
            paged.addAll(catalogue.search(everything, first, 7, "effortHours", false));
        }

        assertEquals(total, paged.size());
        assertEquals(total, paged.stream().map(LearningResource::getCode).distinct().count());
        List<BigDecimal> efforts = paged.stream().map(LearningResource::getEffortHours).toList();
        assertEquals(efforts.stream().sorted(Comparator.reverseOrder()).toList(), efforts);
    }

    @Test
    void anUnknownSortFieldFallsBackToTitleInsteadOfReachingTheQuery() {
        List<LearningResource> page = catalogue.search(CatalogueQuery.everything(), 0, 5, "title; drop table skill", true);

        assertEquals(5, page.size());
        assertEquals(codes(catalogue.search(CatalogueQuery.everything(), 0, 5, "title", true)), codes(page));
    }
}
