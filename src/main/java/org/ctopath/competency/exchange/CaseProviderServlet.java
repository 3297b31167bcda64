package org.ctopath.competency.exchange;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ctopath.platform.Failure;
import org.ctopath.platform.Unavailable;

/**
 * The read endpoints of the IMS CASE 1.1 REST binding under {@code /ims/case/v1p1}: getAllCFDocuments
 * ({@code /CFDocuments}, with {@code limit} and {@code offset}), and by sourcedId {@code /CFDocuments},
 * {@code /CFPackages}, {@code /CFItems}, {@code /CFAssociations}, {@code /CFItemAssociations},
 * {@code /CFRubrics} and {@code /CFItemTypes}; {@code /CFConcepts}, {@code /CFSubjects},
 * {@code /CFLicenses} and {@code /CFAssociationGroupings} exist but CTO Path has none of those objects.
 *
 * <p>Failures answer in CASE's own form, {@code imsx_StatusInfo} (codeMajor failure, severity error,
 * a description and the codeMinor): 404 {@code unknownobject} or {@code invalid_uuid}, 401
 * {@code unauthorised_request} with a Bearer challenge, 400 {@code invalid_selection_field}, 405,
 * 503 {@code server_busy} and 500 {@code internal_server_error} with the reference of the server log's
 * line, never a stack trace. A servlet rather than JAX-RS: the API's application at {@code /api} would
 * otherwise take these resources too, with its problem details instead of CASE's errors.
 *
 * <p>Other sites' scripts may read it ({@code Access-Control-Allow-Origin: *}): it uses no cookie, so a
 * browser's session opens nothing here, and a token has to be given by the script itself.
 */
@WebServlet(CaseUris.BASE_PATH + "/*")
public class CaseProviderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A sourcedId is a UUID (CASE's identifiers are UUIDs). */
    static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Endpoints of the binding for objects CTO Path does not have: every sourcedId is unknown there. */
    static final Set<String> NONE_HERE = Set.of("CFConcepts", "CFSubjects", "CFLicenses", "CFAssociationGroupings");
    static final int DEFAULT_LIMIT = 100;

    @Inject
    transient CaseProvider provider;

    /** A failure told in CASE's form. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String codeMinor;

        Refusal(int status, String codeMinor, String description) {
            super(description, null, false, false);
            this.status = status;
            this.codeMinor = codeMinor;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        cors(response);
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) { // a browser's preflight for a script that sends a token
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Authorization, Accept");
            response.setHeader("Access-Control-Max-Age", "600");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        try {
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                response.setHeader("Allow", "GET, HEAD, OPTIONS");
                throw new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "forbidden", "The CASE provider only reads: use GET.");
            }
            JsonObject answer = answer(request, response);
            write(response, HttpServletResponse.SC_OK, answer, "HEAD".equals(method));
        } catch (Refusal refusal) {
            if (refusal.status == HttpServletResponse.SC_UNAUTHORIZED) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"CTO Path CASE\"");
            }
            Failure.log(Failure.Kind.NOT_FOUND.status() == refusal.status ? Failure.Kind.NOT_FOUND : Failure.Kind.BAD_REQUEST,
                    refusal, method + " " + request.getRequestURI(), null, null);
            write(response, refusal.status, status(refusal.codeMinor, refusal.getMessage()), false);
        } catch (CaseProvider.NoToken refused) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"CTO Path CASE\"");
            write(response, HttpServletResponse.SC_UNAUTHORIZED, status("unauthorised_request", refused.getMessage()), false);
        } catch (RuntimeException failure) {
            Failure.Kind kind = Failure.kind(failure, false);
            String reference = Failure.newReference();
            Failure.log(kind, failure, method + " " + request.getRequestURI(), null, reference);
            if (kind == Failure.Kind.UNAVAILABLE) {
                response.setHeader("Retry-After", String.valueOf(Unavailable.RETRY_AFTER_SECONDS));
                write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, status("server_busy",
                        "The database did not answer in time; try again in a minute (reference " + reference + ")."), false);
            } else {
                write(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, status("internal_server_error",
                        "Something went wrong on our side; it is in the server log with the reference " + reference + "."), false);
            }
        }
    }

    private JsonObject answer(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.replaceFirst("^/", "").split("/", -1);
        if (parts.length == 1 && parts[0].equals("CFDocuments")) {
            int offset = number(request, "offset", 0);
            int limit = number(request, "limit", DEFAULT_LIMIT);
            CasePublication publication = publication(request);
            response.setHeader("X-Total-Count", String.valueOf(publication.documentCount()));
            return publication.documents(offset, limit);
        }
        if (parts.length != 2 || !endpoint(parts[0])) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "unknownobject", "There is no CASE 1.1 endpoint " + CaseUris.BASE_PATH
                    + shorten(path) + ". Start from " + CaseUris.BASE_PATH + "/CFDocuments.");
        }
        String collection = parts[0];
        String id = parts[1];
        if (!UUID.matcher(id).matches()) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "invalid_uuid", "'" + shorten(id) + "' is not a sourcedId: CASE identifiers are UUIDs.");
        }
        String sourcedId = id.toLowerCase(java.util.Locale.ROOT);
        CasePublication publication = publication(request);
        Function<String, Optional<JsonObject>> find = switch (collection) {
            case "CFDocuments" -> publication::document;
            case "CFPackages" -> publication::pack;
            case "CFItems" -> publication::item;
            case "CFAssociations" -> publication::association;
            case "CFItemAssociations" -> publication::itemAssociations;
            case "CFRubrics" -> publication::rubric;
            case "CFItemTypes" -> publication::itemTypes;
            default -> s -> Optional.empty(); // NONE_HERE
        };
        return find.apply(sourcedId).orElseThrow(() -> new Refusal(HttpServletResponse.SC_NOT_FOUND, "unknownobject",
                "There is no " + collection.substring(0, collection.length() - 1) + " " + sourcedId + "."));
    }

    private static boolean endpoint(String collection) {
        return Set.of("CFDocuments", "CFPackages", "CFItems", "CFAssociations", "CFItemAssociations", "CFRubrics", "CFItemTypes")
                .contains(collection) || NONE_HERE.contains(collection);
    }

    /** What the caller may read: the sign-in mechanism has signed in a working personal token; the provider checks the rest. */
    private CasePublication publication(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? authorization.substring(7).trim() : null;
        return provider.publication(token);
    }

    private static int number(HttpServletRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= (name.equals("limit") ? 1 : 0)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "invalid_selection_field",
                name + " must be a whole number" + (name.equals("limit") ? " of at least 1." : ", 0 or more."));
    }

    private static String shorten(String text) {
        String clean = text.replaceAll("[^A-Za-z0-9/_.~-]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }

    /** imsx_StatusInfo: what CASE answers when it cannot answer the request. */
    static JsonObject status(String codeMinor, String description) {
        JsonObjectBuilder minor = Json.createObjectBuilder().add("imsx_codeMinorField", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("imsx_codeMinorFieldName", "sourcedId").add("imsx_codeMinorFieldValue", codeMinor)));
        return Json.createObjectBuilder()
                .add("imsx_codeMajor", "failure")
                .add("imsx_severity", "error")
                .add("imsx_description", description)
                .add("imsx_codeMinor", minor)
                .build();
    }

    private static void cors(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "X-Total-Count, WWW-Authenticate");
    }

    private static void write(HttpServletResponse response, int status, JsonObject body, boolean headOnly) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json; charset=UTF-8");
        response.setContentLength(bytes.length);
        if (!headOnly) {
            response.getOutputStream().write(bytes);
        }
    }
}
