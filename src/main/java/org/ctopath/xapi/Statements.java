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

    /** A whole statement, without {@code stored} (the store sets it). */
    public static JsonObject statement(String id, JsonObject actor, Verb verb, JsonObject object, JsonObject result,
                                       JsonObject context, Instant timestamp) {
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", id).add("actor", actor).add("verb", verb(verb))
                .add("object", object);
        if (result != null) {
            statement.add("result", result);
        }
        return statement.add("context", context).add("timestamp", timestamp(timestamp)).add("version", VERSION).build();
    }

    /** The statement as the API serves it: as stored, with {@code stored}. */
    public static JsonObject served(String json, Instant stored) {
        return Json.createObjectBuilder(parse(json)).add("stored", timestamp(stored)).build();
    }

    public static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
