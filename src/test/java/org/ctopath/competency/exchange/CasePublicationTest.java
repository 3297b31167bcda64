package org.ctopath.competency.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The provider's objects, without a server: each uri it hands out names an object it serves. */
class CasePublicationTest {

    private static final String APP = "https://ctopath.example.org";
    private static final String PROVIDER = APP + CaseUris.BASE_PATH + "/";

    private final CasePublication publication = new CasePublication(List.of(Samples.framework()), Instant.parse("2026-12-01T08:00:00Z"), APP);

    private Optional<JsonObject> resolve(String uri) {
        String path = uri.substring(PROVIDER.length()).replaceFirst("#.*", "");
        String[] parts = path.split("/");
        Map<String, Function<String, Optional<JsonObject>>> endpoints = Map.of("CFDocuments", publication::document,
                "CFPackages", publication::pack, "CFItems", publication::item, "CFAssociations", publication::association,
                "CFRubrics", publication::rubric, "CFItemTypes", publication::itemTypes);
        return endpoints.get(parts[0]).apply(parts[1]);
    }

    @Test
    void everyUriOfEveryObjectServedResolvesToAnObjectServed() {
        JsonObject documents = publication.documents(0, 100);
        assertEquals(1, documents.getJsonArray("CFDocuments").size());
        JsonObject document = documents.getJsonArray("CFDocuments").getJsonObject(0);
        JsonObject pack = resolve(document.getJsonObject("CFPackageURI").getString("uri")).orElseThrow();
        List<String> uris = new ArrayList<>();
        collect(document, uris);
        collect(pack, uris);
        pack.getJsonArray("CFItems").forEach(i -> collect(publication.item(i.asJsonObject().getString("identifier")).orElseThrow(), uris));
        pack.getJsonArray("CFAssociations").forEach(a -> collect(publication.association(a.asJsonObject().getString("identifier")).orElseThrow(), uris));

        List<String> ours = uris.stream().filter(u -> !u.startsWith("urn:e-cf:") && !u.startsWith("urn:sfia:")).toList();
        assertTrue(ours.size() > 50, "documents, items, associations, types, rubric: " + ours.size());
        for (String uri : ours) {
            assertTrue(uri.startsWith(PROVIDER), uri);
            assertTrue(resolve(uri).isPresent(), "resolves: " + uri);
        }
    }

    @Test
    void anItemComesWithItsDocumentAndItsAssociations() {
        String skillId = CaseJson.id("skill", "TRENDS");
        JsonObject item = publication.item(skillId).orElseThrow();
        assertEquals(CaseJson.id("framework", "CTO-MINI"), item.getJsonObject("CFDocumentURI").getString("identifier"));

        JsonObject set = publication.itemAssociations(skillId).orElseThrow();
        assertEquals(item, set.getJsonObject("CFItem"));
        // child of its group, parent of its one indicator, exact match of e-CF A.7 and SFIA EMRG
        assertEquals(List.of("exactMatchOf", "exactMatchOf", "isChildOf", "isChildOf"), set.getJsonArray("CFAssociations").stream()
                .map(a -> a.asJsonObject().getString("associationType")).sorted().toList());
        assertTrue(publication.item(CaseJson.id("skill", "NO-SUCH")).isEmpty());
        assertTrue(publication.itemAssociations(CaseJson.id("skill", "NO-SUCH")).isEmpty());
    }

    @Test
    void documentsArePagedByOffsetAndLimit() {
        CasePublication two = new CasePublication(List.of(Samples.framework(), renamed()), Instant.now(), APP);
        assertEquals(2, two.documentCount());
        assertEquals(1, two.documents(1, 100).getJsonArray("CFDocuments").size());
        assertEquals(1, two.documents(0, 1).getJsonArray("CFDocuments").size());
        assertEquals(0, two.documents(2, 100).getJsonArray("CFDocuments").size());
    }

    private static FrameworkData renamed() {
        FrameworkData f = Samples.framework();
        return new FrameworkData("CTO-OTHER", "Other", null, f.scale(), List.of());
    }

    private static void collect(JsonValue value, List<String> into) {
        if (value instanceof JsonObject object) {
            object.forEach((key, v) -> {
                if (key.equals("uri") && v instanceof JsonString s) {
                    into.add(s.getString());
                } else {
                    collect(v, into);
                }
            });
        } else if (value instanceof JsonStructure structure) {
            structure.asJsonArray().forEach(v -> collect(v, into));
        }
    }
}
