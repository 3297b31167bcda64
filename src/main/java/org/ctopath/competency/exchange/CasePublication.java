package org.ctopath.competency.exchange;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frameworks as the CASE 1.1 provider serves them, every object found by its identifier: the
 * CFDocuments, their CFPackages, CFItems, CFAssociations, CFRubrics and CFItemTypes, in the forms of
 * the REST binding (a document with its CFPackageURI, an item and an association with their
 * CFDocumentURI). Built from {@link CaseJson#pack}, so the provider and the export file agree.
 */
public final class CasePublication {

    private final List<JsonObject> documents = new ArrayList<>();
    private final Map<String, JsonObject> documentsById = new LinkedHashMap<>();
    private final Map<String, JsonObject> packages = new LinkedHashMap<>();
    private final Map<String, JsonObject> items = new LinkedHashMap<>();
    private final Map<String, JsonObject> associations = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> associationsOfItem = new LinkedHashMap<>();
    private final Map<String, JsonObject> rubrics = new LinkedHashMap<>();
    private final Map<String, JsonObject> itemTypes = new LinkedHashMap<>();

    /** A framework to publish, with the time of its last change (its objects' lastChangeDateTime). */
    record Published(FrameworkData framework, Instant changed) {
    }

    /** Frameworks all changed at {@code changed}. */
    CasePublication(List<FrameworkData> frameworks, Instant changed, String appUrl) {
        this(frameworks.stream().map(f -> new Published(f, changed)).toList(), appUrl);
    }

    CasePublication(List<Published> frameworks, String appUrl) {
        CaseLinks links = new CaseLinks(appUrl);
        for (Published published : frameworks) {
            JsonObject pack = CaseJson.pack(published.framework(), published.changed(), appUrl);
            JsonObject document = pack.getJsonObject("CFDocument");
            String docId = document.getString("identifier");
            JsonObject documentLink = CaseJson.link(docId, document.getString("title"), document.getString("uri"));
            JsonObject standalone = Json.createObjectBuilder(document)
                    .add("CFPackageURI", CaseJson.link(docId, document.getString("title"), links.pack(docId))).build();
            documents.add(standalone);
            documentsById.put(docId, standalone);
            packages.put(docId, pack);
            for (JsonValue value : pack.getJsonArray("CFItems")) {
                JsonObject item = Json.createObjectBuilder(value.asJsonObject()).add("CFDocumentURI", documentLink).build();
                items.put(item.getString("identifier"), item);
            }
            for (JsonValue value : pack.getJsonArray("CFAssociations")) {
                JsonObject association = value.asJsonObject();
                associations.put(association.getString("identifier"), Json.createObjectBuilder(association).add("CFDocumentURI", documentLink).build());
                for (String end : List.of("originNodeURI", "destinationNodeURI")) {
                    String node = association.getJsonObject(end).getString("identifier");
                    associationsOfItem.computeIfAbsent(node, n -> new ArrayList<>()).add(association);
                }
            }
            for (JsonValue value : pack.getJsonArray("CFRubrics")) {
                rubrics.put(value.asJsonObject().getString("identifier"), value.asJsonObject());
            }
            for (JsonValue value : pack.getJsonObject("CFDefinitions").getJsonArray("CFItemTypes")) {
                itemTypes.put(value.asJsonObject().getString("identifier"), value.asJsonObject());
            }
        }
    }

    /** getAllCFDocuments: {@code {"CFDocuments": [...]}}, from {@code offset}, at most {@code limit}. */
    public JsonObject documents(int offset, int limit) {
        JsonArrayBuilder page = Json.createArrayBuilder();
        documents.stream().skip(offset).limit(limit).forEach(page::add);
        return Json.createObjectBuilder().add("CFDocuments", page).build();
    }

    public int documentCount() {
        return documents.size();
    }

    public Optional<JsonObject> document(String id) {
        return Optional.ofNullable(documentsById.get(id));
    }

    public Optional<JsonObject> pack(String documentId) {
        return Optional.ofNullable(packages.get(documentId));
    }

    public Optional<JsonObject> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    public Optional<JsonObject> association(String id) {
        return Optional.ofNullable(associations.get(id));
    }

    /** getCFItemAssociations: the item and every association it is an end of, {@code {"CFItem": ..., "CFAssociations": [...]}}. */
    public Optional<JsonObject> itemAssociations(String itemId) {
        return item(itemId).map(item -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            associationsOfItem.getOrDefault(itemId, List.of()).forEach(list::add);
            return Json.createObjectBuilder().add("CFItem", item).add("CFAssociations", list).build();
        });
    }

    public Optional<JsonObject> rubric(String id) {
        return Optional.ofNullable(rubrics.get(id));
    }

    /** getCFItemType: {@code {"CFItemTypes": [...]}}, the type asked for first; ours have no children. */
    public Optional<JsonObject> itemTypes(String id) {
        return Optional.ofNullable(itemTypes.get(id))
                .map(type -> Json.createObjectBuilder().add("CFItemTypes", Json.createArrayBuilder().add(type)).build());
    }
}
