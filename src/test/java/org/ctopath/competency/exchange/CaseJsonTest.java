package org.ctopath.competency.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static List<ImportProblem> problems(String json) {
        return assertThrows(ImportRefused.class, () -> CaseJson.read(json.getBytes(UTF_8))).getProblems();
    }

    @Test
    void aFrameworkSurvivesTheRoundTripWholeWithItsScale() {
        FrameworkData original = Samples.framework();

        FrameworkData read = CaseJson.read(CaseJson.write(original, NOW).getBytes(UTF_8));

        assertEquals(original, read);
    }

    @Test
    void thePackageSpeaksCase() {
        JsonObject pack = Json.createReader(new StringReader(CaseJson.write(Samples.framework(), NOW))).readObject();

        assertEquals("Mini CTO framework", pack.getJsonObject("CFDocument").getString("title"));
        assertEquals("1.1", pack.getJsonObject("CFDocument").getString("caseVersion"));
        assertEquals(2 + 3 + 4, pack.getJsonArray("CFItems").size(), "groups, skills and indicators");
        long exactMatches = pack.getJsonArray("CFAssociations").stream()
                .filter(a -> a.asJsonObject().getString("associationType").equals("exactMatchOf")).count();
        assertEquals(3, exactMatches, "A.5, A.7 and EMRG");
        assertEquals(3, pack.getJsonArray("CFRubrics").getJsonObject(0).getJsonArray("CFRubricCriteria")
                .getJsonObject(0).getJsonArray("CFRubricCriterionLevels").size());
    }

    @Test
    void exportingTwiceGivesTheSameIdentifiers() {
        assertEquals(CaseJson.write(Samples.framework(), NOW), CaseJson.write(Samples.framework(), NOW));
    }

    @Test
    void somethingThatIsNotACasePackageIsRefused() {
        assertTrue(problems("[1, 2]").get(0).reason().startsWith("The file is not a JSON object"));
        assertEquals("An IMS CASE package needs CFDocument, CFItems and CFAssociations.", problems("{\"CFDocument\": {}}").get(0).reason());
        assertTrue(problems("{ not json").get(0).reason().startsWith("The file is not a JSON object"));
    }

    @Test
    void duplicateCodesAndSkillsWithoutIndicatorsAreReported() {
        FrameworkData bad = new FrameworkData("CTO-MINI", "Mini", null, Samples.framework().scale(), List.of(
                new FrameworkData.Group("TECH", "Tech", null, List.of(
                        new FrameworkData.Skill("ARCH", "Architecture", null, null, null, List.of("x")),
                        new FrameworkData.Skill("EMPTY", "Empty", null, null, null, List.of()))),
                new FrameworkData.Group("ARCH", "Clash", null, List.of())));

        List<ImportProblem> problems = problems(CaseJson.write(bad, NOW));

        assertEquals(List.of("The skill EMPTY needs at least one \"Behavioural Indicator\".", "The code ARCH appears twice in the package."),
                problems.stream().map(ImportProblem::reason).toList());
    }
}
