package org.ctopath.competency.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseJsonTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String APP = "https://ctopath.example.org";
    private static final String PROVIDER = APP + "/ims/case/v1p1/";

    private static List<ImportProblem> problems(String json) {
        return assertThrows(ImportRefused.class, () -> CaseJson.read(json.getBytes(UTF_8))).getProblems();
    }

    @Test
    void aFrameworkSurvivesTheRoundTripWholeWithItsScale() {
        FrameworkData original = Samples.framework();

        FrameworkData read = CaseJson.read(CaseJson.write(original, NOW, APP).getBytes(UTF_8));

        assertEquals(original, read);
    }

    @Test
    void thePackageSpeaksCase() {
        JsonObject pack = Json.createReader(new StringReader(CaseJson.write(Samples.framework(), NOW, APP))).readObject();

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
    void everyUriIsTheObjectsAddressAtTheCaseProvider() {
        JsonObject pack = Json.createReader(new StringReader(CaseJson.write(Samples.framework(), NOW, APP))).readObject();
        JsonObject document = pack.getJsonObject("CFDocument");
        assertEquals(PROVIDER + "CFDocuments/" + document.getString("identifier"), document.getString("uri"));
        for (JsonValue value : pack.getJsonArray("CFItems")) {
            JsonObject item = value.asJsonObject();
            assertEquals(PROVIDER + "CFItems/" + item.getString("identifier"), item.getString("uri"));
            JsonObject type = item.getJsonObject("CFItemTypeURI");
            assertEquals(PROVIDER + "CFItemTypes/" + type.getString("identifier"), type.getString("uri"));
        }
        for (JsonValue value : pack.getJsonArray("CFAssociations")) {
            JsonObject association = value.asJsonObject();
            assertEquals(PROVIDER + "CFAssociations/" + association.getString("identifier"), association.getString("uri"));
            JsonObject origin = association.getJsonObject("originNodeURI");
            assertEquals(PROVIDER + "CFItems/" + origin.getString("identifier"), origin.getString("uri"));
            JsonObject destination = association.getJsonObject("destinationNodeURI");
            String expected = association.getString("associationType").equals("exactMatchOf")
                    ? destination.getString("uri") // e-CF and SFIA codes: not ours to serve
                    : destination.getString("identifier").equals(document.getString("identifier"))
                    ? PROVIDER + "CFDocuments/" + destination.getString("identifier")
                    : PROVIDER + "CFItems/" + destination.getString("identifier");
            assertEquals(expected, destination.getString("uri"));
            assertTrue(!destination.getString("uri").startsWith("urn:uuid:"));
        }
        JsonObject rubric = pack.getJsonArray("CFRubrics").getJsonObject(0);
        assertEquals(PROVIDER + "CFRubrics/" + rubric.getString("identifier"), rubric.getString("uri"));
        JsonObject level = rubric.getJsonArray("CFRubricCriteria").getJsonObject(0).getJsonArray("CFRubricCriterionLevels").getJsonObject(0);
        assertEquals(rubric.getString("uri") + "#" + level.getString("identifier"), level.getString("uri"));
        assertEquals("e-1", level.getJsonArray("extensions").getJsonObject(0).getString("code"), "CASE 1.1: a level's extensions are an array");
        assertEquals(3, pack.getJsonObject("CFDefinitions").getJsonArray("CFItemTypes").size());
        assertTrue(!pack.toString().contains("urn:uuid:"), "no object is named by a urn:uuid any more");
        assertEquals(CaseUris.skillItem(APP, "ARCH"), pack.getJsonArray("CFItems").stream().map(JsonValue::asJsonObject)
                .filter(i -> "ARCH".equals(i.getString("humanCodingScheme", null))).findFirst().orElseThrow().getString("uri"));
    }

    @Test
    void aFileExportedBeforeTheProviderStillImports() {
        // then: urn:uuid: everywhere, and a level's extensions one object
        String before = CaseJson.write(Samples.framework(), NOW, APP).replaceAll(java.util.regex.Pattern.quote(PROVIDER) + "CF[A-Za-z]+/", "urn:uuid:")
                .replaceAll("\\[\\s*(\\{\\s*\"code\"\\s*:\\s*\"e-[0-9]\"\\s*\\})\\s*\\]", "$1");
        assertTrue(before.matches("(?s).*\"extensions\"\\s*:\\s*\\{\\s*\"code\"\\s*:\\s*\"e-1\".*"), "the old shape of a level's extensions");
        assertTrue(!before.contains(PROVIDER));

        assertEquals(Samples.framework(), CaseJson.read(before.getBytes(UTF_8)));
    }

    @Test
    void exportingTwiceGivesTheSameIdentifiers() {
        assertEquals(CaseJson.write(Samples.framework(), NOW, APP), CaseJson.write(Samples.framework(), NOW, APP));
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

        List<ImportProblem> problems = problems(CaseJson.write(bad, NOW, APP));

        assertEquals(List.of("The skill EMPTY needs at least one \"Behavioural Indicator\".", "The code ARCH appears twice in the package."),
                problems.stream().map(ImportProblem::reason).toList());
    }
}
