package org.ctopath.competency.exchange;

import static org.ctopath.competency.FrameworkAdministration.CODE;
import static org.ctopath.competency.FrameworkAdministration.ECF_CODE;
import static org.ctopath.competency.FrameworkAdministration.SFIA_CODE;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A framework as an IMS CASE 1.1 package (JSON): the framework is the CFDocument; groups, skills
 * and behavioural indicators are CFItems of types "Skill Group", "Skill" and "Behavioural
 * Indicator", tied by isChildOf CFAssociations with sequence numbers; e-CF and SFIA codes are
 * exactMatchOf associations to {@code urn:e-cf:A.5} and {@code urn:sfia:ITSP}; the proficiency
 * scale is a CFRubric whose one criterion has a level per proficiency level (score = ordinal).
 * Codes travel as humanCodingScheme; identifiers are UUIDs derived from the codes, so exporting
 * twice gives the same identifiers. Codes CASE has no field for (framework, scale and level
 * codes, the threshold) travel in {@code extensions}. Every object's {@code uri} is its address at
 * the application's CASE provider ({@link CaseLinks}), and the package defines the three item types
 * (CFDefinitions) that the items name in CFItemTypeURI.
 */
public final class CaseJson {

    static final String GROUP = "Skill Group";
    static final String SKILL = "Skill";
    static final String INDICATOR = "Behavioural Indicator";
    static final String ECF_URN = "urn:e-cf:";
    static final String SFIA_URN = "urn:sfia:";

    private CaseJson() {
    }

    static String id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("ctopath:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The framework as a CASE package, as text: the export file. Each object's {@code uri} is its
     * address at the CASE provider of the application at {@code appUrl} ({@link CaseLinks}).
     */
    public static String write(FrameworkData framework, Instant now, String appUrl) {
        StringWriter out = new StringWriter();
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        try (JsonWriter writer = factory.createWriter(out)) {
            writer.writeObject(pack(framework, now, appUrl));
        }
        return out.toString();
    }

    /** The framework as a CASE 1.1 CFPackage (the package forms of its objects: no CFDocumentURI, no CFPackageURI). */
    public static JsonObject pack(FrameworkData framework, Instant now, String appUrl) {
        CaseLinks links = new CaseLinks(appUrl);
        String changed = now.truncatedTo(ChronoUnit.SECONDS).toString();
        String docId = id("framework", framework.code());
        JsonArrayBuilder items = Json.createArrayBuilder();
        JsonArrayBuilder associations = Json.createArrayBuilder();
        int g = 0;
        for (FrameworkData.Group group : framework.groups()) {
            String groupId = id("group", group.code());
            items.add(item(links, groupId, GROUP, group.code(), group.name(), group.description(), changed));
            associations.add(childOf(links, groupId, group.name(), docId, framework.name(), ++g, changed, true));
            int s = 0;
            for (FrameworkData.Skill skill : group.skills()) {
                String skillId = id("skill", skill.code());
                items.add(item(links, skillId, SKILL, skill.code(), skill.name(), skill.description(), changed));
                associations.add(childOf(links, skillId, skill.name(), groupId, group.name(), ++s, changed, false));
                int i = 0;
                for (String indicator : skill.indicators()) {
                    String indicatorId = id("indicator", skill.code() + ":" + (++i));
                    items.add(item(links, indicatorId, INDICATOR, null, indicator, null, changed));
                    associations.add(childOf(links, indicatorId, indicator, skillId, skill.name(), i, changed, false));
                }
                if (skill.ecfCode() != null) {
                    associations.add(exactMatch(links, skillId, skill.name(), ECF_URN + skill.ecfCode(), "e-CF " + skill.ecfCode(), changed));
                }
                if (skill.sfiaCode() != null) {
                    associations.add(exactMatch(links, skillId, skill.name(), SFIA_URN + skill.sfiaCode(), "SFIA " + skill.sfiaCode(), changed));
                }
            }
        }
        FrameworkData.Scale scale = framework.scale();
        String rubricId = id("scale", scale.code());
        String criterionId = id("criterion", scale.code());
        JsonArrayBuilder levels = Json.createArrayBuilder();
        int ordinal = 0;
        for (FrameworkData.Level level : scale.levels()) {
            ordinal++;
            String levelId = id("level", scale.code() + ":" + level.code());
            levels.add(Json.createObjectBuilder()
                    .add("identifier", levelId)
                    .add("uri", links.inRubric(rubricId, levelId))
                    .add("rubricCriterionId", criterionId)
                    .add("quality", level.name())
                    .add("description", level.description())
                    .add("score", ordinal)
                    .add("position", ordinal)
                    .add("lastChangeDateTime", changed)
                    // CASE 1.1 makes a level's extensions an array of objects (other objects' are one object)
                    .add("extensions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", level.code()))));
        }
        JsonObjectBuilder scaleExtensions = Json.createObjectBuilder().add("code", scale.code());
        if (scale.thresholdOrdinal() != null) {
            scaleExtensions.add("thresholdOrdinal", scale.thresholdOrdinal());
        }
        JsonObject rubric = Json.createObjectBuilder()
                .add("identifier", rubricId)
                .add("uri", links.rubric(rubricId))
                .add("title", scale.name())
                .add("description", nullToEmpty(scale.description()))
                .add("lastChangeDateTime", changed)
                .add("extensions", scaleExtensions)
                .add("CFRubricCriteria", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("identifier", criterionId)
                        .add("uri", links.inRubric(rubricId, criterionId))
                        .add("category", "Proficiency")
                        .add("description", scale.name())
                        .add("rubricId", rubricId)
                        .add("position", 1)
                        .add("lastChangeDateTime", changed)
                        .add("CFRubricCriterionLevels", levels)))
                .build();
        JsonObject document = Json.createObjectBuilder()
                .add("identifier", docId)
                .add("uri", links.document(docId))
                .add("creator", "CTO Path")
                .add("title", framework.name())
                .add("description", nullToEmpty(framework.description()))
                .add("caseVersion", "1.1")
                .add("lastChangeDateTime", changed)
                .add("extensions", Json.createObjectBuilder().add("code", framework.code()))
                .build();
        JsonArrayBuilder itemTypes = Json.createArrayBuilder();
        int hierarchy = 0;
        for (String type : List.of(GROUP, SKILL, INDICATOR)) {
            String typeId = itemTypeId(type);
            itemTypes.add(Json.createObjectBuilder()
                    .add("identifier", typeId)
                    .add("uri", links.itemType(typeId))
                    .add("title", type)
                    .add("description", switch (type) {
                        case GROUP -> "A group of related skills of the framework.";
                        case SKILL -> "A skill, rated on the framework's proficiency scale.";
                        default -> "What a person at the skill's level should be able to do.";
                    })
                    .add("hierarchyCode", String.valueOf(++hierarchy))
                    .add("lastChangeDateTime", changed));
        }
        return Json.createObjectBuilder()
                .add("CFDocument", document)
                .add("CFItems", items)
                .add("CFAssociations", associations)
                .add("CFDefinitions", Json.createObjectBuilder().add("CFItemTypes", itemTypes))
                .add("CFRubrics", Json.createArrayBuilder().add(rubric))
                .build();
    }

    /** The identifier of the CFItemType of this name. */
    static String itemTypeId(String type) {
        return id("item-type", type);
    }

    /** Reads and checks a CASE package; every problem found is reported at once. */
    public static FrameworkData read(byte[] content) {
        String text = ImportFiles.text(content);
        JsonObject pack;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            pack = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ImportRefused.of("The file is not a JSON object: " + e.getMessage());
        }
        List<ImportProblem> problems = new ArrayList<>();
        JsonObject document = object(pack, "CFDocument");
        JsonArray items = array(pack, "CFItems");
        JsonArray associations = array(pack, "CFAssociations");
        JsonArray rubrics = array(pack, "CFRubrics");
        if (document == null || items == null || associations == null) {
            throw ImportRefused.of("An IMS CASE package needs CFDocument, CFItems and CFAssociations.");
        }
        String frameworkCode = upper(extension(document, "code"));
        if (frameworkCode == null || !CODE.matcher(frameworkCode).matches()) {
            problems.add(new ImportProblem("CFDocument", "extensions.code", "The framework needs a code of 2 to 32 capital letters, digits and hyphens."));
        }
        String frameworkName = string(document, "title");
        if (frameworkName == null) {
            problems.add(new ImportProblem("CFDocument", "title", "The framework needs a title."));
        }
        String docId = string(document, "identifier");

        Map<String, JsonObject> itemsById = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonObject item = items.getJsonObject(i);
            String id = string(item, "identifier");
            if (id == null || itemsById.put(id, item) != null) {
                problems.add(new ImportProblem("CFItems[" + i + "]", "identifier", id == null ? "Every item needs an identifier." : "The identifier " + id + " is used twice."));
            }
        }
        Map<String, List<Child>> children = new HashMap<>();
        Map<String, String> ecf = new HashMap<>();
        Map<String, String> sfia = new HashMap<>();
        for (int i = 0; i < associations.size(); i++) {
            JsonObject association = associations.getJsonObject(i);
            String type = string(association, "associationType");
            String origin = nodeId(association, "originNodeURI");
            String destination = nodeId(association, "destinationNodeURI");
            if ("isChildOf".equals(type)) {
                if (origin == null || destination == null || !itemsById.containsKey(origin) || !(itemsById.containsKey(destination) || destination.equals(docId))) {
                    problems.add(new ImportProblem("CFAssociations[" + i + "]", "originNodeURI", "isChildOf must tie two items of the package (or an item to the document)."));
                    continue;
                }
                int sequence = association.containsKey("sequenceNumber") && association.get("sequenceNumber").getValueType() == JsonValue.ValueType.NUMBER
                        ? association.getInt("sequenceNumber") : Integer.MAX_VALUE;
                children.computeIfAbsent(destination, d -> new ArrayList<>()).add(new Child(origin, sequence));
            } else if ("exactMatchOf".equals(type) && origin != null) {
                JsonObject node = association.getJsonObject("destinationNodeURI");
                String uri = node == null ? null : string(node, "uri");
                if (uri != null && uri.startsWith(ECF_URN)) {
                    ecf.put(origin, uri.substring(ECF_URN.length()));
                } else if (uri != null && uri.startsWith(SFIA_URN)) {
                    sfia.put(origin, uri.substring(SFIA_URN.length()));
                }
            }
        }
        List<FrameworkData.Group> groups = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Child groupRef : sorted(children.get(docId))) {
            JsonObject groupItem = itemsById.get(groupRef.id);
            String where = "CFItems " + groupRef.id;
            if (!GROUP.equals(string(groupItem, "CFItemType"))) {
                problems.add(new ImportProblem(where, "CFItemType", "A child of the document must be a \"" + GROUP + "\"."));
                continue;
            }
            String groupCode = code(problems, where, groupItem, codes);
            List<FrameworkData.Skill> skills = new ArrayList<>();
            for (Child skillRef : sorted(children.get(groupRef.id))) {
                JsonObject skillItem = itemsById.get(skillRef.id);
                String skillWhere = "CFItems " + skillRef.id;
                if (!SKILL.equals(string(skillItem, "CFItemType"))) {
                    problems.add(new ImportProblem(skillWhere, "CFItemType", "A child of a skill group must be a \"" + SKILL + "\"."));
                    continue;
                }
                String skillCode = code(problems, skillWhere, skillItem, codes);
                List<String> indicators = sorted(children.get(skillRef.id)).stream()
                        .map(c -> itemsById.get(c.id))
                        .filter(indicator -> INDICATOR.equals(string(indicator, "CFItemType")))
                        .map(indicator -> string(indicator, "fullStatement"))
                        .filter(s -> s != null && !s.isBlank())
                        .toList();
                if (indicators.isEmpty()) {
                    problems.add(new ImportProblem(skillWhere, "isChildOf", "The skill " + skillCode + " needs at least one \"" + INDICATOR + "\"."));
                }
                String ecfCode = ecf.get(skillRef.id);
                if (ecfCode != null && !ECF_CODE.matcher(ecfCode).matches()) {
                    problems.add(new ImportProblem(skillWhere, "exactMatchOf", "'" + ecfCode + "' is not an e-CF code such as A.5."));
                }
                String sfiaCode = sfia.get(skillRef.id);
                if (sfiaCode != null && !SFIA_CODE.matcher(sfiaCode).matches()) {
                    problems.add(new ImportProblem(skillWhere, "exactMatchOf", "'" + sfiaCode + "' is not a SFIA code such as ITSP."));
                }
                skills.add(new FrameworkData.Skill(skillCode, string(skillItem, "fullStatement"), string(skillItem, "notes"),
                        ecfCode, sfiaCode, indicators));
            }
            groups.add(new FrameworkData.Group(groupCode, string(groupItem, "fullStatement"), string(groupItem, "notes"), skills));
        }
        if (groups.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("The package has no skill groups tied to its CFDocument."));
        }
        FrameworkData.Scale scale = scale(problems, rubrics);
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        return new FrameworkData(frameworkCode, frameworkName, emptyToNull(string(document, "description")), scale, groups);
    }

    private static FrameworkData.Scale scale(List<ImportProblem> problems, JsonArray rubrics) {
        if (rubrics == null || rubrics.size() != 1) {
            problems.add(new ImportProblem("CFRubrics", "", "The package needs exactly one CFRubric: the proficiency scale."));
            return null;
        }
        JsonObject rubric = rubrics.getJsonObject(0);
        String code = upper(extension(rubric, "code"));
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new ImportProblem("CFRubrics[0]", "extensions.code", "The scale needs a code of 2 to 32 capital letters, digits and hyphens."));
        }
        JsonArray criteria = array(rubric, "CFRubricCriteria");
        JsonArray levels = criteria == null || criteria.isEmpty() ? null : array(criteria.getJsonObject(0), "CFRubricCriterionLevels");
        if (levels == null || levels.isEmpty()) {
            problems.add(new ImportProblem("CFRubrics[0]", "CFRubricCriterionLevels", "The scale needs its levels."));
            return null;
        }
        List<JsonObject> ordered = new ArrayList<>();
        levels.forEach(l -> ordered.add(l.asJsonObject()));
        ordered.sort(Comparator.comparingInt(l -> l.containsKey("score") ? l.getInt("score") : Integer.MAX_VALUE));
        List<FrameworkData.Level> result = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            JsonObject level = ordered.get(i);
            String levelCode = levelExtension(level, "code");
            String name = string(level, "quality");
            if (levelCode == null || name == null) {
                problems.add(new ImportProblem("CFRubricCriterionLevels[" + i + "]", "extensions.code", "Every level needs a code and a quality (its name)."));
                continue;
            }
            result.add(new FrameworkData.Level(levelCode, name, nullToEmpty(string(level, "description"))));
        }
        JsonObject extensions = rubric.containsKey("extensions") ? rubric.getJsonObject("extensions") : null;
        Integer threshold = extensions != null && extensions.containsKey("thresholdOrdinal") ? extensions.getInt("thresholdOrdinal") : null;
        if (threshold != null && (threshold < 1 || threshold > result.size())) {
            problems.add(new ImportProblem("CFRubrics[0]", "extensions.thresholdOrdinal", "The threshold must be one of the scale's levels."));
        }
        return new FrameworkData.Scale(code, string(rubric, "title"), emptyToNull(string(rubric, "description")), threshold, result);
    }

    private static String code(List<ImportProblem> problems, String where, JsonObject item, Set<String> codes) {
        String code = upper(string(item, "humanCodingScheme"));
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(where, "humanCodingScheme", "'" + code + "' is not a code: use 2 to 32 capital letters, digits and hyphens."));
        } else if (!codes.add(code)) {
            problems.add(new ImportProblem(where, "humanCodingScheme", "The code " + code + " appears twice in the package."));
        }
        if (string(item, "fullStatement") == null) {
            problems.add(new ImportProblem(where, "fullStatement", "Every group and skill needs a fullStatement (its name)."));
        }
        return code;
    }

    private record Child(String id, int sequence) {
    }

    private static List<Child> sorted(List<Child> children) {
        if (children == null) {
            return List.of();
        }
        return children.stream().sorted(Comparator.comparingInt(Child::sequence)).toList();
    }

    private static JsonObject item(CaseLinks links, String id, String type, String code, String statement, String notes, String changed) {
        JsonObjectBuilder item = Json.createObjectBuilder()
                .add("identifier", id)
                .add("uri", links.item(id))
                .add("fullStatement", statement)
                .add("CFItemType", type)
                .add("CFItemTypeURI", Json.createObjectBuilder().add("title", type).add("identifier", itemTypeId(type))
                        .add("uri", links.itemType(itemTypeId(type))))
                .add("lastChangeDateTime", changed);
        if (code != null) {
            item.add("humanCodingScheme", code);
        }
        if (notes != null) {
            item.add("notes", notes);
        }
        return item.build();
    }

    private static JsonObject childOf(CaseLinks links, String origin, String originTitle, String destination, String destinationTitle,
            int sequence, String changed, boolean toDocument) {
        String id = id("association", origin + ">" + destination);
        return Json.createObjectBuilder()
                .add("identifier", id)
                .add("uri", links.association(id))
                .add("associationType", "isChildOf")
                .add("sequenceNumber", sequence)
                .add("originNodeURI", link(origin, originTitle, links.item(origin)))
                .add("destinationNodeURI", link(destination, destinationTitle, toDocument ? links.document(destination) : links.item(destination)))
                .add("lastChangeDateTime", changed)
                .build();
    }

    private static JsonObject exactMatch(CaseLinks links, String origin, String originTitle, String uri, String title, String changed) {
        String id = id("association", origin + "=" + uri);
        return Json.createObjectBuilder()
                .add("identifier", id)
                .add("uri", links.association(id))
                .add("associationType", "exactMatchOf")
                .add("originNodeURI", link(origin, originTitle, links.item(origin)))
                .add("destinationNodeURI", Json.createObjectBuilder().add("title", title).add("identifier", id("external", uri)).add("uri", uri))
                .add("lastChangeDateTime", changed)
                .build();
    }

    static JsonObject link(String id, String title, String uri) {
        return Json.createObjectBuilder().add("title", title).add("identifier", id).add("uri", uri).build();
    }

    private static String nodeId(JsonObject association, String key) {
        JsonObject node = association.containsKey(key) && association.get(key).getValueType() == JsonValue.ValueType.OBJECT
                ? association.getJsonObject(key) : null;
        return node == null ? null : string(node, "identifier");
    }

    private static JsonObject object(JsonObject parent, String key) {
        return parent.containsKey(key) && parent.get(key).getValueType() == JsonValue.ValueType.OBJECT ? parent.getJsonObject(key) : null;
    }

    private static JsonArray array(JsonObject parent, String key) {
        return parent != null && parent.containsKey(key) && parent.get(key).getValueType() == JsonValue.ValueType.ARRAY ? parent.getJsonArray(key) : null;
    }

    private static String string(JsonObject object, String key) {
        if (object == null || !object.containsKey(key)) {
            return null;
        }
        JsonValue value = object.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    private static String extension(JsonObject object, String key) {
        JsonObject extensions = object(object, "extensions");
        return extensions == null ? null : string(extensions, key);
    }

    /** A level's extension: CASE 1.1 makes a level's extensions an array of objects; files exported before had one object. */
    private static String levelExtension(JsonObject level, String key) {
        JsonArray extensions = array(level, "extensions");
        if (extensions == null) {
            return extension(level, key);
        }
        for (JsonValue value : extensions) {
            if (value.getValueType() == JsonValue.ValueType.OBJECT && string(value.asJsonObject(), key) != null) {
                return string(value.asJsonObject(), key);
            }
        }
        return null;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
