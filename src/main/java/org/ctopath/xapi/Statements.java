package org.ctopath.xapi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.ctopath.catalogue.ResourceKind;

/**
 * The parts of CTO Path's xAPI 1.0.3 statements, as JSON: people are Agents identified by their
 * account at the application ({@code homePage} is the application's address, {@code name} the
 * username; never an e-mail address), and everything they learn is an Activity whose id is an
 * address under the application's {@code /xapi/activities/}.
 */
public final class Statements {

    public static final String VERSION = "1.0.3";
    public static final String VERSION_HEADER = "X-Experience-API-Version";
    /** xAPI's header on statement queries: every statement stored up to this moment is in the answer. */
    public static final String CONSISTENT_THROUGH_HEADER = "X-Experience-API-Consistent-Through";
    /** The account name under which the application vouches for its statements (their {@code authority}). */
    public static final String AUTHORITY_NAME = "ctopath";
    public static final String PLATFORM = "CTO Path";
    public static final String LANGUAGE = "en-US";

    /** cmi5's progress extension: the percentage done, 0 to 100. */
    public static final String PROGRESS = "https://w3id.org/xapi/cmi5/result/extensions/progress";

    static final String ACTIVITY_TYPES = "http://adlnet.gov/expapi/activities/";
    static final String COURSE = ACTIVITY_TYPES + "course";
    static final String ASSESSMENT = ACTIVITY_TYPES + "assessment";
    static final String OBJECTIVE = ACTIVITY_TYPES + "objective";

    private Statements() {
    }

    /** An Agent of the application's accounts. */
    public static JsonObject agent(String appUrl, String username, String displayName) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", displayName)
                .add("account", Json.createObjectBuilder().add("homePage", appUrl).add("name", username)).build();
    }

    /**
     * The statements' {@code authority} (xAPI 1.0.3, 2.4.9): the application itself, an Agent with an
     * account named {@value #AUTHORITY_NAME} on its own address, as it records them for its learners.
     */
    public static JsonObject authority(String appUrl) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("name", PLATFORM)
                .add("account", Json.createObjectBuilder().add("homePage", appUrl).add("name", AUTHORITY_NAME)).build();
    }

    /** The statement with the application's authority, unless it names one (statements stored before it did). */
    public static JsonObject withAuthority(JsonObject statement, String appUrl) {
        return statement.containsKey("authority") ? statement
                : Json.createObjectBuilder(statement).add("authority", authority(appUrl)).build();
    }

    /** An Activity with its id, English name and type. */
    public static JsonObject activity(String id, String name, String type) {
        JsonObjectBuilder definition = Json.createObjectBuilder().add("name", Json.createObjectBuilder().add(LANGUAGE, name));
        if (type != null) {
            definition.add("type", type);
        }
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", id).add("definition", definition).build();
    }

    /** The id of an activity of {@code kind} (resource, plan, certification, skill, platform) under the application. */
    public static String activityId(String appUrl, String kind, String key) {
        return appUrl + "/xapi/activities/" + kind + (key == null ? "" : "/" + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The application as an activity, the grouping of every statement. */
    public static JsonObject platform(String appUrl) {
        return activity(activityId(appUrl, "platform", null), PLATFORM, null);
    }

    /** The ADL activity type that fits a kind of learning resource. */
    public static String activityType(ResourceKind kind) {
        return ACTIVITY_TYPES + switch (kind) {
            case COURSE -> "course";
            case BOOK, ARTICLE, VIDEO -> "media";
            case WORKSHOP, MENTORING -> "meeting";
            case PROJECT -> "performance";
            case CERTIFICATION -> "assessment";
        };
    }

    public static JsonObject verb(Verb verb) {
        return Json.createObjectBuilder().add("id", verb.iri())
                .add("display", Json.createObjectBuilder().add(LANGUAGE, verb.display())).build();
    }

    /** A score of {@code raw} between {@code min} and {@code max} (scaled to -1..1 as xAPI has it, when max > min). */
    public static JsonObject score(int raw, int min, Integer max) {
        JsonObjectBuilder score = Json.createObjectBuilder();
        if (max != null && max > min) {
            score.add("scaled", BigDecimal.valueOf(raw - min).divide(BigDecimal.valueOf(max - min), 4, java.math.RoundingMode.HALF_UP)
                    .stripTrailingZeros());
        }
        score.add("raw", raw).add("min", min);
        if (max != null) {
            score.add("max", max);
        }
        return score.build();
    }

    /**
     * Hours as an ISO 8601 duration for xAPI's result.duration, to the second and with a fraction
     * nowhere (1.5 hours: PT1H30M), as the strictest LRS validators want it.
     */
    public static String duration(BigDecimal hours) {
        long seconds = hours.multiply(BigDecimal.valueOf(3600)).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        StringBuilder text = new StringBuilder("PT");
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('H');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('M');
        }
        if (seconds % 60 > 0 || seconds == 0) {
            text.append(seconds % 60).append('S');
        }
        return text.toString();
    }

    /** A moment as xAPI writes it: UTC, ISO 8601, to the millisecond at most. */
    public static String timestamp(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Context: the platform, the language, the parent activities, CTO Path as grouping, and an instructor if any. */
    public static JsonObject context(String appUrl, JsonObject parent, JsonObject instructor) {
        JsonObjectBuilder activities = Json.createObjectBuilder();
        if (parent != null) {
            activities.add("parent", Json.createArrayBuilder().add(parent));
        }
        activities.add("grouping", Json.createArrayBuilder().add(platform(appUrl)));
        JsonObjectBuilder context = Json.createObjectBuilder();
        if (instructor != null) {
            context.add("instructor", instructor);
        }
        return context.add("contextActivities", activities).add("platform", PLATFORM).add("language", LANGUAGE).build();
    }

    /** A whole statement, without {@code stored} (the store sets it) and without {@code authority}. */
    public static JsonObject statement(String id, JsonObject actor, Verb verb, JsonObject object, JsonObject result,
                                       JsonObject context, Instant timestamp) {
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", id).add("actor", actor).add("verb", verb(verb))
                .add("object", object);
        if (result != null) {
            statement.add("result", result);
        }
        return statement.add("context", context).add("timestamp", timestamp(timestamp)).add("version", VERSION).build();
    }

    /** The statement as the API serves it: as stored, with {@code stored} and the authority. */
    public static JsonObject served(String json, Instant stored, String appUrl) {
        return Json.createObjectBuilder(withAuthority(parse(json), appUrl)).add("stored", timestamp(stored)).build();
    }

    /**
     * xAPI's {@code format} of a statement query: {@code exact} as stored; {@code ids} with only the
     * identifiers of agents, activities and verbs (no names, displays or definitions); {@code
     * canonical} one language per language map, which here is {@code exact}, as every name is in
     * {@value #LANGUAGE} only.
     */
    public enum Format {
        IDS, EXACT, CANONICAL;

        /** The format of the parameter's value ({@code ids}, {@code exact}, {@code canonical}); empty for anything else. */
        public static java.util.Optional<Format> of(String text) {
            return java.util.Arrays.stream(values()).filter(f -> f.name().toLowerCase(java.util.Locale.ROOT).equals(text)).findFirst();
        }

        public JsonObject apply(JsonObject statement) {
            return this == IDS ? idsOnly(statement) : statement;
        }
    }

    private static final java.util.Set<String> AGENT_IDS = java.util.Set.of("objectType", "mbox", "mbox_sha1sum", "openid", "account", "member");

    /** {@code format=ids}: agents keep their identifiers, activities their id, verbs their id. */
    static JsonObject idsOnly(JsonObject statement) {
        JsonObjectBuilder out = Json.createObjectBuilder(statement);
        for (String agent : java.util.List.of("actor", "authority")) {
            if (statement.get(agent) instanceof JsonObject a) {
                out.add(agent, agentIds(a));
            }
        }
        out.add("verb", Json.createObjectBuilder().add("id", statement.getJsonObject("verb").getString("id")));
        if (statement.get("object") instanceof JsonObject object) {
            out.add("object", "Activity".equals(object.getString("objectType", "Activity")) && !object.containsKey("account")
                    ? activityIds(object) : agentIds(object));
        }
        if (statement.get("context") instanceof JsonObject context) {
            JsonObjectBuilder c = Json.createObjectBuilder(context);
            for (String agent : java.util.List.of("instructor", "team")) {
                if (context.get(agent) instanceof JsonObject a) {
                    c.add(agent, agentIds(a));
                }
            }
            if (context.get("contextActivities") instanceof JsonObject activities) {
                JsonObjectBuilder each = Json.createObjectBuilder();
                activities.forEach((kind, list) -> {
                    jakarta.json.JsonArrayBuilder ids = Json.createArrayBuilder();
                    (list instanceof jakarta.json.JsonArray array ? array : Json.createArrayBuilder().add(list).build())
                            .forEach(a -> ids.add(activityIds(a.asJsonObject())));
                    each.add(kind, ids);
                });
                c.add("contextActivities", each);
            }
            out.add("context", c);
        }
        return out.build();
    }

    private static JsonObject agentIds(JsonObject agent) {
        JsonObjectBuilder ids = Json.createObjectBuilder();
        agent.forEach((key, value) -> {
            if (AGENT_IDS.contains(key)) {
                ids.add(key, value);
            }
        });
        return ids.build();
    }

    private static JsonObject activityIds(JsonObject activity) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", activity.getString("id")).build();
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
