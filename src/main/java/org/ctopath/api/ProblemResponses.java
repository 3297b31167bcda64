package org.ctopath.api;

import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Describes, on every operation of the API, the problem details it can answer with, so that the
 * OpenAPI document at {@code /openapi} names each error: 401, 500 and 503 everywhere; 400 where there is
 * input; 404 where the path names something; 403 and 409 where a call changes something; 413 and
 * 415 where it takes a body. An operation's own description of a status is kept; an error it describes
 * without a body is given the problem detail's.
 * Registered in {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}).
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("FieldError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING)));
            components.addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description("RFC 9457 problem details.")
                    .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                    .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean namesSomething = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                describe(operation.getValue(), operation.getKey(), namesSomething);
            }
        }
    }

    static void describe(Operation operation, PathItem.HttpMethod method, boolean namesSomething) {
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody || operation.getParameters() != null && !operation.getParameters().isEmpty();
        Map<String, String> errors = new TreeMap<>();
        errors.put("401", "No working personal access token: none sent, unknown, expired or revoked.");
        errors.put("403", "The caller's role does not allow this.");
        errors.put("500", "Something went wrong on the server; the cause is in its log, never in the answer.");
        errors.put("503", "The database cannot be reached or did not answer in time; Retry-After says when to try again.");
        if (hasInput) {
            errors.put("400", "Bad input: each refused field or parameter is listed in errors.");
        }
        if (namesSomething) {
            errors.put("404", "Not there, or not the caller's to see (a mentor sees only their mentees, a learner only themselves).");
        }
        if (changes) {
            errors.put("409", "Someone changed it since the version the request names (optimistic locking).");
        }
        if (hasBody) {
            errors.put("413", "The body is larger than " + BodyLimit.MAX_BYTES / 1024 + " KB.");
            errors.put("415", "The body is not application/json.");
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        // Payara files a method's return type under "default" when the method names no status; an
        // operation without a described success answers that type with 200.
        if (responses.getAPIResponses() != null && responses.getAPIResponses().containsKey("default")
                && responses.getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
            APIResponse success = responses.getAPIResponse("default");
            responses.removeAPIResponse("default");
            if (success.getDescription() == null || success.getDescription().isBlank()) {
                success.setDescription("OK");
            }
            responses.addAPIResponse("200", success);
        }
        for (Map.Entry<String, String> error : errors.entrySet()) {
            if (responses.getAPIResponses() == null || !responses.getAPIResponses().containsKey(error.getKey())) {
                responses.addAPIResponse(error.getKey(), problem(error.getValue()));
            }
        }
        // an error an operation describes itself (a 404 of a query parameter) is a problem detail too
        for (Map.Entry<String, APIResponse> described : responses.getAPIResponses().entrySet()) {
            APIResponse response = described.getValue();
            if (described.getKey().matches("[45]\\d\\d") && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problem(response.getDescription()).getContent());
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
    }
}
