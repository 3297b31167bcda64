package org.ctopath.xapi;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ctopath.api.ApiCaller;
import org.ctopath.api.Window;
import org.ctopath.api.ApiError;
import org.ctopath.identity.Account;
import org.ctopath.identity.Role;
import org.ctopath.mentoring.MentorRelations;
import org.ctopath.platform.InvalidInput;
import org.ctopath.platform.Settings;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/xapi/statements}: the xAPI 1.0.3 statements of learning events, as an xAPI
 * StatementResult ({@code {"statements": [...], "more": "..."}}) or, by {@code statementId}, one
 * Statement, queried with xAPI's parameters ({@code agent}, {@code verb}, {@code activity}, {@code
 * since}, {@code until}, {@code limit}, {@code ascending}, {@code related_activities}, {@code
 * related_agents}, {@code format}), under the same rules as the pages: a learner reads their own, a
 * mentor theirs and their current mentees', an administrator everyone's.
 */
@Path("xapi/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "xAPI", description = "Learning events as xAPI 1.0.3 statements; also forwarded to an LRS when one is configured.")
public class StatementsResource {

    @Inject
    ApiCaller caller;

    @Inject
    MentorRelations relations;

    @Inject
    StatementQuery query;

    @Inject
    Settings settings;

    @Context
    UriInfo uri;

    /**
     * How far behind the moment of a query its {@code X-Experience-API-Consistent-Through} lies: a
     * statement takes its stored time when its change writes it, and becomes visible when that
     * change commits, which a request's transaction does well within this.
     */
    static final Duration SETTLING = Duration.ofSeconds(10);

    private static final java.util.regex.Pattern UUID_TEXT =
            java.util.regex.Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    Clock clock = Clock.systemUTC();

    /** The API's page sizes ({@link Window}); xAPI's limit 0 means the largest. */
    public static final int DEFAULT_LIMIT = Window.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = Window.MAX_LIMIT;

    @GET
    @Operation(operationId = "getXapiStatements", summary = "Statements (xAPI 1.0.3 GET Statements)",
            description = "The statements of the people the caller may see (themselves; a mentor also their current mentees;"
            + " an administrator everyone), with the query parameters of xAPI 1.0.3 (Communication 2.1.3). Without statementId or"
            + " voidedStatementId the answer is a StatementResult, newest stored first unless ascending=true; follow `more` (a path"
            + " with query, \"\" on the last page) for the next page. With statementId it is that one Statement. Every statement"
            + " carries the application as its authority. Every answer, errors too, carries X-Experience-API-Version: 1.0.3, and"
            + " every statement answer X-Experience-API-Consistent-Through. An agent whom the caller may not see is answered 404,"
            + " as one who does not exist; so is a statement of someone out of sight.")
    @APIResponse(responseCode = "200", description = "An xAPI StatementResult, or with statementId one Statement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/XapiStatementAnswer")),
            headers = {
                @Header(name = Statements.VERSION_HEADER, description = "The xAPI version: 1.0.3.", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = Statements.CONSISTENT_THROUGH_HEADER, description = "Every statement stored up to this moment"
                        + " (ISO 8601, UTC) is in the answer, if it matches.", schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            })
    @APIResponse(responseCode = "404", description = "The agent, or the statement, is not there or not the caller's to see.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public Response statements(
            @Parameter(description = "Only this statement (its UUID); then no other parameter but format.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("statementId") String statementId,
            @Parameter(description = "A voided statement (its UUID); CTO Path voids none, so this answers 404.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("voidedStatementId") String voidedStatementId,
            @Parameter(description = "Only this person's: an xAPI Agent as JSON, identified by its account,"
                    + " {\"objectType\":\"Agent\",\"account\":{\"homePage\":\"<APP_URL>\",\"name\":\"<username>\"}}.",
                    schema = @Schema(type = SchemaType.STRING, format = "json"))
            @QueryParam("agent") String agent,
            @Parameter(description = "The same as agent, kept from before: an xAPI Agent as JSON or simply the username. Not with agent.",
                    schema = @Schema(type = SchemaType.STRING))
            @QueryParam("actor") String actor,
            @Parameter(description = "Only statements of this verb IRI, e.g. http://adlnet.gov/expapi/verbs/completed.",
                    schema = @Schema(type = SchemaType.STRING, format = "iri"))
            @QueryParam("verb") String verb,
            @Parameter(description = "Only statements about this activity IRI (their object), e.g. <APP_URL>/xapi/activities/plan/12.",
                    schema = @Schema(type = SchemaType.STRING, format = "iri"))
            @QueryParam("activity") String activity,
            @Parameter(description = "true: activity also matches the statement's context activities (parent, grouping); default false.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("related_activities") String relatedActivities,
            @Parameter(description = "true: agent also matches the statement's instructor (a mentor), among the people the caller"
                    + " may see; default false.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("related_agents") String relatedAgents,
            @Parameter(description = "Only statements stored after this moment (ISO 8601 with offset, e.g. 2026-11-23T10:00:00Z).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("since") String since,
            @Parameter(description = "Only statements stored at or before this moment (ISO 8601 with offset).",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            @QueryParam("until") String until,
            @Parameter(description = "Statements a page: 1 to " + MAX_LIMIT + " (0: " + MAX_LIMIT + ", as xAPI has it); default " + DEFAULT_LIMIT + ".",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "" + MAX_LIMIT, defaultValue = "" + DEFAULT_LIMIT))
            @QueryParam("limit") String limit,
            @Parameter(description = "exact (default): as stored; ids: agents, activities and verbs by their identifiers only;"
                    + " canonical: one language per name, which here is exact (every name is en-US only).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ids", "exact", "canonical"}, defaultValue = "exact"))
            @QueryParam("format") String format,
            @Parameter(description = "true: oldest stored first; false (default): newest first.",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("ascending") String ascending,
            @Parameter(description = "Where the page starts; taken from `more`, not made by hand.", schema = @Schema(type = SchemaType.STRING))
            @QueryParam("cursor") String cursor) {
        Account me = caller.account();
        Instant consistentThrough = clock.instant().minus(SETTLING);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Statements.Format shape = format == null ? Statements.Format.EXACT : Statements.Format.of(format).orElseGet(() -> {
            problems.add("format", "The format is ids, exact or canonical.");
            return Statements.Format.EXACT;
        });
        if (statementId != null || voidedStatementId != null) {
            return single(me, statementId, voidedStatementId, shape, problems, consistentThrough, agent, actor, verb, activity,
                    relatedActivities, relatedAgents, since, until, limit, ascending, cursor);
        }
        if (agent != null && actor != null) {
            problems.add("actor", "Give agent (xAPI's name) or actor, not both.");
        }
        String person = agent != null ? username("agent", agent, false, problems) : actor != null ? username("actor", actor, true, problems) : null;
        String verbIri = verb == null ? null : iri("verb", verb, "A verb IRI, such as http://adlnet.gov/expapi/verbs/completed.", problems);
        String activityIri = activity == null ? null
                : iri("activity", activity, "An activity IRI, such as " + settings.appUrl() + "/xapi/activities/plan/12.", problems);
        boolean aboutRelatedActivities = relatedActivities != null && bool("related_activities", relatedActivities, problems);
        boolean aboutRelatedAgents = relatedAgents != null && bool("related_agents", relatedAgents, problems);
        Instant after = since == null ? null : moment("since", since, problems);
        Instant before = until == null ? null : moment("until", until, problems);
        int max = limit == null ? DEFAULT_LIMIT : limit(limit, problems);
        boolean up = ascending != null && bool("ascending", ascending, problems);
        StatementQuery.Cursor from = null;
        if (cursor != null) {
            try {
                from = StatementQuery.Cursor.parse(cursor);
            } catch (IllegalArgumentException e) {
                problems.add("cursor", "Take the cursor from the answer's more.");
            }
        }
        problems.throwIfAny();
        Account named = person == null ? null : caller.person(person); // 404 out of sight
        Collection<Long> actors = named != null && !aboutRelatedAgents ? List.of(named.getId()) : visible(me);
        JsonObject relatedAgent = named != null && aboutRelatedAgents ? account(named.getUsername()) : null;
        List<XapiStatement> found = query.read(new StatementQuery.Filter(actors, verbIri, after, before, up, from, activityIri,
                aboutRelatedActivities, relatedAgent, null), max + 1);
        JsonArrayBuilder statements = Json.createArrayBuilder();
        found.stream().limit(max).forEach(s -> statements.add(shape.apply(Statements.served(s.getJson(), s.getStoredAt(), settings.appUrl()))));
        String more = "";
        if (found.size() > max) {
            XapiStatement last = found.get(max - 1);
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", new StatementQuery.Cursor(last.getStoredAt(), last.getId()).text())
                    .build();
            more = next.getRawPath() + "?" + next.getRawQuery();
        }
        JsonObject result = Json.createObjectBuilder().add("statements", statements).add("more", more).build();
        return answer(result, consistentThrough);
    }

    /** xAPI: with statementId or voidedStatementId, only attachments and format may come along. */
    private Response single(Account me, String statementId, String voidedStatementId, Statements.Format shape, InvalidInput.Collector problems,
                            Instant consistentThrough, String... others) {
        if (statementId != null && voidedStatementId != null) {
            problems.add("voidedStatementId", "Give statementId or voidedStatementId, not both.");
        }
        if (java.util.Arrays.stream(others).anyMatch(java.util.Objects::nonNull)) {
            problems.add(statementId != null ? "statementId" : "voidedStatementId",
                    "With statementId or voidedStatementId only format may be given (xAPI 1.0.3).");
        }
        String id = statementId != null ? statementId : voidedStatementId;
        if (!UUID_TEXT.matcher(id).matches()) {
            problems.add(statementId != null ? "statementId" : "voidedStatementId", "A statement id is a UUID.");
        }
        problems.throwIfAny();
        if (voidedStatementId != null) {
            throw ApiError.notFound("There is no voided statement " + id + ": CTO Path voids none.");
        }
        List<XapiStatement> found = query.read(new StatementQuery.Filter(visible(me), null, null, null, false, null, null, false, null,
                id.toLowerCase(java.util.Locale.ROOT)), 1);
        if (found.isEmpty()) {
            throw ApiError.notFound("There is no statement " + id + " that you can see.");
        }
        XapiStatement statement = found.get(0);
        return answer(shape.apply(Statements.served(statement.getJson(), statement.getStoredAt(), settings.appUrl())), consistentThrough);
    }

    private static Response answer(JsonObject body, Instant consistentThrough) {
        return Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE).header(Statements.VERSION_HEADER, Statements.VERSION)
                .header(Statements.CONSISTENT_THROUGH_HEADER, Statements.timestamp(consistentThrough)).build();
    }

    /** An account of this application as statements write it. */
    private JsonObject account(String username) {
        return Json.createObjectBuilder().add("homePage", settings.appUrl()).add("name", username).build();
    }

    /** Whose statements the caller reads without an actor: everyone's (null) for an administrator. */
    private Collection<Long> visible(Account me) {
        if (caller.has(Role.ADMIN)) {
            return null;
        }
        Set<Long> ids = new TreeSet<>();
        ids.add(me.getId());
        if (caller.has(Role.MENTOR)) {
            relations.menteesOf(me.getUsername()).forEach(mentee -> ids.add(mentee.getId()));
        }
        return new ArrayList<>(ids);
    }

    private static Instant moment(String parameter, String text, InvalidInput.Collector problems) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(parameter, "A moment in ISO 8601 with its offset, such as 2026-11-23T10:00:00Z.");
            return null;
        }
    }

    /**
     * The username of the agent: an xAPI Agent (JSON) identified by an account of this application,
     * or (for {@code actor}, as before) a plain username. An agent of another home page is no one
     * here (404); an agent without an account is refused (400), as CTO Path names nobody by mail address.
     */
    private String username(String parameter, String value, boolean plainUsername, InvalidInput.Collector problems) {
        String text = value.trim();
        if (!text.startsWith("{")) {
            if (!plainUsername) {
                problems.add(parameter, "The agent is an xAPI Agent as JSON, such as {\"objectType\":\"Agent\",\"account\":{\"homePage\":\"...\",\"name\":\"...\"}}.");
                return null;
            }
            if (text.isEmpty()) {
                problems.add(parameter, "Name the actor: an xAPI Agent with an account, or a username.");
            }
            return text;
        }
        JsonObject agent;
        try {
            agent = Statements.parse(text);
        } catch (JsonException | ClassCastException e) {
            problems.add(parameter, "The " + parameter + " is not JSON: give an xAPI Agent such as {\"account\":{\"homePage\":\"...\",\"name\":\"...\"}}.");
            return null;
        }
        JsonValue type = agent.get("objectType");
        JsonValue account = agent.get("account");
        if (type != null && !(type instanceof JsonString s && "Agent".equals(s.getString()))
                || !(account instanceof JsonObject a) || !(a.get("homePage") instanceof JsonString home)
                || !(a.get("name") instanceof JsonString name)) {
            problems.add(parameter, "Give an xAPI Agent identified by its account: {\"account\":{\"homePage\":\"...\",\"name\":\"...\"}}.");
            return null;
        }
        if (!home.getString().replaceAll("/+$", "").equals(settings.appUrl())) {
            throw ApiError.notFound("There is no person " + name.getString() + " of " + home.getString() + " that you can see.");
        }
        return name.getString();
    }

    private static String iri(String parameter, String value, String example, InvalidInput.Collector problems) {
        try {
            if (new URI(value).isAbsolute()) {
                return value;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        problems.add(parameter, example);
        return null;
    }

    private static int limit(String text, InvalidInput.Collector problems) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n >= 0 && n <= MAX_LIMIT) {
                return n == 0 ? MAX_LIMIT : n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        problems.add("limit", "The limit is from 0 to " + MAX_LIMIT + " (0: " + MAX_LIMIT + ").");
        return DEFAULT_LIMIT;
    }

    private static boolean bool(String parameter, String text, InvalidInput.Collector problems) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        problems.add(parameter, parameter + " is true or false.");
        return false;
    }
}
