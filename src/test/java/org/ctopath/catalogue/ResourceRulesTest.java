package org.ctopath.catalogue;

import org.ctopath.platform.InvalidInput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of a resource as the edit form meets them: each broken rule against its field. */
class ResourceRulesTest {

    private final CatalogueFacts facts = new CatalogueFacts()
            .skill("ARCH-DESIGN", 5).skill("PLANNING", 5)
            .resource("ITIL4-F", ResourceKind.CERTIFICATION)
            .resource("ITIL4-DPI", ResourceKind.CERTIFICATION)
            .resource("ITIL4-DITS", ResourceKind.CERTIFICATION)
            .prerequisite("ITIL4-DPI", "ITIL4-F")
            .prerequisite("ITIL4-DITS", "ITIL4-F");

    private static ResourceData book(String code) {
        ResourceData data = new ResourceData();
        data.setCode(code);
        data.setKind(ResourceKind.BOOK);
        data.setTitle("A book");
        data.setProvider("An author");
        data.setEffortHours(BigDecimal.TEN);
        return data;
    }

    private static Map<String, String> byField(List<InvalidInput.Problem> problems) {
        return problems.stream().collect(java.util.stream.Collectors.toMap(p -> String.valueOf(p.field()), InvalidInput.Problem::message));
    }

    @Test
    void aCompleteBookBreaksNoRule() {
        assertEquals(List.of(), ResourceRules.check(book("GOOD-BOOK").normalised(), true, facts));
    }

    @Test
    void requiredFieldsPatternAndUniquenessWhateverTheCase() {
        ResourceData data = book("itil4-f");
        data.setTitle(" ");
        data.setProvider(null);
        data.setEffortHours(null);

        Map<String, String> problems = byField(ResourceRules.check(data.normalised(), true, facts));

        assertEquals("A code is 2 to 32 capital letters, digits or hyphens, such as ITIL4-F.", problems.get("code"));
        assertEquals("Enter a title.", problems.get("title"));
        assertEquals("Enter the provider, publisher or author.", problems.get("provider"));
        assertEquals("Enter the effort in hours (0 if it takes no time).", problems.get("effortHours"));
        assertEquals("The code ITIL4-DPI is already taken by another resource.",
                byField(ResourceRules.check(book("ITIL4-DPI"), true, facts)).get("code"));
    }

    @Test
    void urlsMustBeWebAddresses() {
        for (String bad : List.of("not a url", "ftp://example.org/x", "https://", "http://localhost", "javascript:alert(1)")) {
            ResourceData data = book("URL-BOOK");
            data.setUrl(bad);
            assertEquals("Enter a web address starting with http:// or https://, such as https://www.example.org/.",
                    byField(ResourceRules.check(data, true, facts)).get("url"), bad);
        }
        ResourceData good = book("URL-BOOK");
        good.setUrl("https://www.axelos.com/certifications/itil-service-management?x=1#top");
        assertEquals(List.of(), ResourceRules.check(good, true, facts));
    }

    @Test
    void effortAndCostAreNotNegativeAndAPricedCostHasACurrency() {
        ResourceData data = book("COST-BOOK");
        data.setEffortHours(new BigDecimal("-1"));
        data.setCostAmount(new BigDecimal("-0.01"));

        Map<String, String> problems = byField(ResourceRules.check(data, true, facts));

        assertEquals("Effort cannot be negative.", problems.get("effortHours"));
        assertEquals("Cost cannot be negative.", problems.get("costAmount"));

        ResourceData priced = book("COST-BOOK");
        priced.setCostAmount(new BigDecimal("49.90"));
        assertEquals("Give the currency of the cost, such as EUR.", byField(ResourceRules.check(priced, true, facts)).get("costCurrency"));
        priced.setCostCurrency("euro");
        assertEquals("A currency is a three-letter code such as EUR.", byField(ResourceRules.check(priced, true, facts)).get("costCurrency"));
    }

    @Test
    void levelsRiseWithinTheScaleAndASkillIsListedOnce() {
        ResourceData data = book("SKILL-BOOK");
        data.setSkills(List.of(
                new ResourceData.SkillRow("ARCH-DESIGN", 3, 3),
                new ResourceData.SkillRow("PLANNING", -1, 6),
                new ResourceData.SkillRow("ARCH-DESIGN", 1, 2),
                new ResourceData.SkillRow(null, 1, 2)));

        Map<String, String> problems = byField(ResourceRules.check(data, true, facts));

        assertEquals("The level reached must be higher than the starting level 3.", problems.get("skills[0].to"));
        assertEquals("PLANNING has levels 0 to 5.", problems.get("skills[1].from"));
        assertEquals("PLANNING has levels 0 to 5.", problems.get("skills[1].to"));
        assertEquals("ARCH-DESIGN is listed twice; keep one row for it.", problems.get("skills[2].skill"));
        assertEquals("Choose a skill.", problems.get("skills[3].skill"));
        assertEquals(5, problems.size(), problems.toString());
    }

    @Test
    void aPassMarkIsAtMostTheQuestionsAndACertificationHasAnIssuer() {
        ResourceData data = book("EXAM-CERT");
        data.setKind(ResourceKind.CERTIFICATION);
        data.setExamQuestions(40);
        data.setExamPassMark(41);
        data.setExamMinutes(0);

        Map<String, String> problems = byField(ResourceRules.check(data, true, facts));

        assertEquals("The pass mark cannot be more than the 40 questions.", problems.get("examPassMark"));
        assertEquals("Enter a whole number above 0, or leave it empty.", problems.get("examMinutes"));
        assertEquals("Enter who issues the certification.", problems.get("issuingBody"));
    }

    @Test
    void aPrerequisiteThatClosesACycleIsRefusedNamingTheCycle() {
        assertEquals(List.of(new InvalidInput.Problem("prerequisites", "ITIL4-F cannot require ITIL4-DPI: ITIL4-F → ITIL4-DPI → ITIL4-F")),
                ResourceRules.cycles("ITIL4-F", List.of("ITIL4-DPI"), facts));
        assertEquals(List.of(), ResourceRules.cycles("ITIL4-DITS", List.of("ITIL4-F", "ITIL4-DPI"), facts));
    }

    @Test
    void theCertificationsOwnPrerequisitesAreReplacedNotAddedTo() {
        CatalogueFacts chain = new CatalogueFacts().prerequisite("B", "A").prerequisite("A", "C");

        assertEquals(List.of(), ResourceRules.cycles("A", List.of(), chain));
        assertEquals(List.of(), ResourceRules.cycles("A", List.of("C"), chain));
        assertEquals("A cannot require B: A → B → A", ResourceRules.cycles("A", List.of("B"), chain).get(0).message());
    }

    @Test
    void auditDetailsSayWhatChangedFromWhatToWhat() {
        ResourceData before = book("AUDIT-BOOK");
        before.setTitle("A");
        ResourceData after = book("AUDIT-BOOK");
        after.setTitle("B");
        after.setEffortHours(new BigDecimal("12.0"));

        assertEquals("title: 'A' → 'B'; effort: 10 → 12", Changes.between(before.describe(), after.describe()));
        assertEquals("", Changes.between(before.describe(), before.describe()));
    }
}
