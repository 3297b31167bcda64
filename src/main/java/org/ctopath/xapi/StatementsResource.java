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
 * StatementResult ({@code {"statements": [...], "more": "..."}}), under the same rules as the
 * pages: a learner reads their own, a mentor theirs and their current mentees', an administrator
 * everyone's.
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

    /** What the answer is, for the API description: the body is written by hand as xAPI has it. */
    @Schema(name = "StatementResult", description = "An xAPI 1.0.3 StatementResult: the statements (each as stored, with its id,"
            + " timestamp, stored and authority) and more, the path and query of the next page (empty on the last page).",
            requiredProperties = {"statements", "more"})
    public static final class StatementResult {
        public List<Map<String, Object>> statements; // no @Schema: Payara would describe its items as arrays
        public String more;
    }

    /** The API's page sizes ({@link Window}); xAPI's limit 0 means the largest. */
    public static final int DEFAULT_LIMIT = Window.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = Window.MAX_LIMIT;

    @GET
    @Operation(summary = "Statements (xAPI StatementResult)", description = "The statements of the people the caller may see"
            + " (themselves; a mentor also their current mentees; an administrator everyone), newest stored first unless"
            + " ascending=true. Follow `more` (a path with query, \"\" on the last page) for the next page. The answer carries"
            + " the header X-Experience-API-Version: 1.0.3. An actor whom the caller may not see is answered 404, as one who"
            + " does not exist.")
    @APIResponse(responseCode = "200", description = "An xAPI StatementResult.",
            headers = @Header(name = Statements.VERSION_HEADER, description = "The xAPI version of the answer.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = Statements.VERSION)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementResult.class)))
    @APIResponse(responseCode = "404", description = "The actor is not there, or not the caller's to see.")
    public Response statements(
            @Parameter(description = "Only statements stored after this moment (ISO 8601 with offset, e.g. 2026-11-23T10:00:00Z).")
            @QueryParam("since") String since,
            @Parameter(description = "Only this person's: an xAPI Agent as JSON, {\"account\":{\"homePage\":\"<APP_URL>\",\"name\":\"<username>\"}},"
                    + " or simply the username.")
            @QueryParam("actor") String actor,
            @Parameter(description = "Only statements of this verb IRI, e.g. http://adlnet.gov/expapi/verbs/completed.")
            @QueryParam("verb") String verb,
            @Parameter(description = "Statements a page: 1 to " + MAX_LIMIT + " (0: " + MAX_LIMIT + ", as xAPI has it); default " + DEFAULT_LIMIT + ".")
            @QueryParam("limit") String limit,
            @Parameter(description = "true: oldest stored first; false (default): newest first.")
            @QueryParam("ascending") String ascending,
            @Parameter(description = "Where the page starts; taken from `more`, not made by hand.")
            @QueryParam("cursor") String cursor) {
        Account me = caller.account();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Instant after = since == null ? null : parseSince(since, problems);
        String person = actor == null ? null : username(actor, problems);
        String verbIri = verb == null ? null : verb(verb, problems);
        int max = limit == null ? DEFAULT_LIMIT : limit(limit, problems);
        boolean up = ascending == null ? false : bool(ascending, problems);
        StatementQuery.Cursor from = null;
        if (cursor != null) {
            try {
                from = StatementQuery.Cursor.parse(cursor);
            } catch (IllegalArgumentException e) {
                problems.add("cursor", "Take the cursor from the answer's more.");
            }
        }
        problems.throwIfAny();
        Collection<Long> actors = person != null ? List.of(caller.person(person).getId()) : visible(me);
        List<XapiStatement> found = query.read(new StatementQuery.Filter(actors, verbIri, after, up, from), max + 1);
        JsonArrayBuilder statements = Json.createArrayBuilder();
        found.stream().limit(max).forEach(s -> statements.add(Statements.served(s.getJson(), s.getStoredAt())));
        String more = "";
        if (found.size() > max) {
            XapiStatement last = found.get(max - 1);
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", new StatementQuery.Cursor(last.getStoredAt(), last.getId()).text())
                    .build();
            more = next.getRawPath() + "?" + next.getRawQuery();
        }
        JsonObject result = Json.createObjectBuilder().add("statements", statements).add("more", more).build();
        return Response.ok(result.toString(), MediaType.APPLICATION_JSON_TYPE).header(Statements.VERSION_HEADER, Statements.VERSION).build();
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

    private static Instant parseSince(String text, InvalidInput.Collector problems) {
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add("since", "A moment in ISO 8601 with its offset, such as 2026-11-23T10:00:00Z.");
            return null;
        }
    }

    /**
     * The username of the actor: an xAPI Agent (JSON) identified by an account of this application,
     * or a plain username. An agent of another home page is no one here (404); an agent without an
     * account is refused (400), as CTO Path names nobody by mail address.
     */
    private String username(String actor, InvalidInput.Collector problems) {
        String text = actor.trim();
        if (!text.startsWith("{")) {
            if (text.isEmpty()) {
                problems.add("actor", "Name the actor: an xAPI Agent with an account, or a username.");
            }
            return text;
        }
        JsonObject agent;
        try {
            agent = Statements.parse(text);
        } catch (JsonException | ClassCastException e) {
            problems.add("actor", "The actor is not JSON: give an xAPI Agent such as {\"account\":{\"homePage\":\"...\",\"name\":\"...\"}}.");
            return null;
        }
        JsonValue type = agent.get("objectType");
        JsonValue account = agent.get("account");
        if (type != null && !(type instanceof JsonString s && "Agent".equals(s.getString()))
                || !(account instanceof JsonObject a) || !(a.get("homePage") instanceof JsonString home)
                || !(a.get("name") instanceof JsonString name)) {
            problems.add("actor", "Give an xAPI Agent identified by its account: {\"account\":{\"homePage\":\"...\",\"name\":\"...\"}}.");
            return null;
        }
        if (!home.getString().replaceAll("/+$", "").equals(settings.appUrl())) {
            throw ApiError.notFound("There is no person " + name.getString() + " of " + home.getString() + " that you can see.");
        }
        return name.getString();
    }

    private static String verb(String verb, InvalidInput.Collector problems) {
        try {
            if (new URI(verb).isAbsolute()) {
                return verb;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        problems.add("verb", "A verb IRI, such as http://adlnet.gov/expapi/verbs/completed.");
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

    private static boolean bool(String text, InvalidInput.Collector problems) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        problems.add("ascending", "ascending is true or false.");
        return false;
    }
}
