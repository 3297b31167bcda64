package org.ctopath.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctopath.testing.ProductionLikeServer;
import org.ctopath.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document at {@code /openapi}, as another system reads it: YAML ({@code application/yaml})
 * and JSON ({@code application/json}) by content negotiation, each valid for swagger-parser with not
 * one message, and the whole document (whoever added an operation) keeping the rules Redocly's
 * recommended set checks as errors. The YAML is saved as {@code target/openapi.yaml} for Redocly
 * ({@code .ci/run}). Runs in the test JVM, where the validator is.
 *
 * <p>Against a Payara Micro of its own, started as users start the application (at the context root,
 * {@link ProductionLikeServer}): Payara adds its OpenAPI servlet to the application at the root only,
 * and only there does the application's {@link OpenApiMediaTypes} see its requests. The suite's
 * deployment sits at {@code /ctopath}, where Payara serves {@code /openapi} beside the application
 * (YAML as text/plain, 406 for application/yaml), so it would not show what users get.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /** Where Redocly (.ci/run) finds the document this run's server served. */
    static final Path SAVED = Path.of(System.getProperty("ctopath.openapiFile", "target/openapi.yaml"));

    @Deployment
    public static WebArchive deployment() {
        return Deployments.application();
    }

    private static ProductionLikeServer server;

    @BeforeAll
    static void start() throws Exception {
        server = ProductionLikeServer.start("openapi");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String query, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.base() + "/openapi" + query)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String mediaType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").trim();
    }

    @Test
    void theDocumentIsServedAsYamlAndAsJsonByContentNegotiation() throws Exception {
        HttpResponse<String> yaml = get("", "application/yaml");
        assertEquals(200, yaml.statusCode(), yaml.body());
        assertEquals("application/yaml", mediaType(yaml));
        assertTrue(yaml.body().startsWith("openapi: 3."), yaml.body());

        HttpResponse<String> json = get("", "application/json");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals("application/json", mediaType(json));
        assertTrue(json.body().trim().startsWith("{"), json.body());

        assertEquals("application/yaml", mediaType(get("", null)), "YAML when the client names no type");
        assertEquals("application/yaml", mediaType(get("", "*/*")));
        assertEquals("application/yaml", mediaType(get("", "application/json;q=0.5, application/yaml")));
        assertEquals("application/json", mediaType(get("", "application/yaml;q=0.2, application/json")));
        assertEquals("application/yaml", mediaType(get("?format=yaml", "application/json")), "the format parameter wins");
        assertEquals("application/json", mediaType(get("?format=JSON", null)));
        assertTrue(yaml.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), yaml.headers().toString());
        assertEquals(406, get("", "text/html").statusCode(), "neither YAML nor JSON");
    }

    @Test
    void bothFormsAreValidOpenApiForSwaggerParserWithoutOneMessage() throws Exception {
        String yaml = get("", "application/yaml").body();
        String json = get("", "application/json").body();
        Files.createDirectories(SAVED.toAbsolutePath().getParent());
        Files.writeString(SAVED, yaml, StandardCharsets.UTF_8); // linted by Redocly in .ci/run

        for (String document : List.of(yaml, json)) {
            SwaggerParseResult result = parse(document);
            assertEquals(List.of(), result.getMessages(), "swagger-parser's messages");
            assertTrue(result.getOpenAPI().getOpenapi().startsWith("3."), result.getOpenAPI().getOpenapi());
        }
        assertEquals(parse(yaml).getOpenAPI(), parse(json).getOpenAPI(), "YAML and JSON describe the same API");
    }

    @Test
    void everyOperationKeepsTheRulesOfAValidDescription() throws Exception {
        String text = get("", "application/json").body();
        assertFalse(text.contains("\"endpoints\""), "no top-level key OpenAPI does not have");
        OpenAPI document = parse(text).getOpenAPI();

        List<String> broken = new ArrayList<>();
        document.getServers().forEach(s -> {
            if (s.getUrl().length() > 1 && s.getUrl().endsWith("/") || s.getUrl().contains("localhost")) {
                broken.add("server " + s.getUrl() + ": no trailing slash, no localhost");
            }
        });
        Map<String, String> operationIds = new HashMap<>();
        document.getTags().forEach(t -> {
            if (t.getDescription() == null || t.getDescription().isBlank()) {
                broken.add("tag " + t.getName() + " has no description");
            }
        });
        if (document.getTags().stream().map(t -> t.getName()).distinct().count() != document.getTags().size()) {
            broken.add("a tag is listed twice: " + document.getTags());
        }
        for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                Operation operation = entry.getValue();
                String name = entry.getKey() + " " + path.getKey();
                String other = operationIds.put(String.valueOf(operation.getOperationId()), name);
                if (operation.getOperationId() == null || other != null) {
                    broken.add(name + ": operationId " + operation.getOperationId() + " missing or also " + other);
                }
                if (operation.getSummary() == null || operation.getTags() == null || operation.getTags().isEmpty()) {
                    broken.add(name + ": a summary and a tag");
                }
                for (Parameter parameter : operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
                    if ("path".equals(parameter.getIn()) && !Boolean.TRUE.equals(parameter.getRequired())) {
                        broken.add(name + ": path parameter " + parameter.getName() + " is not required");
                    }
                }
                for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
                    String status = name + " " + response.getKey();
                    if (!response.getKey().equals("204") && (response.getValue().getContent() == null || response.getValue().getContent().isEmpty())) {
                        broken.add(status + ": says nothing of its body");
                    } else if (response.getValue().getContent() != null) {
                        response.getValue().getContent().forEach((type, media) -> {
                            if (media.getSchema() == null) {
                                broken.add(status + " " + type + ": no schema");
                            }
                        });
                    }
                    Map<String, Header> headers = response.getValue().getHeaders() == null ? Map.of() : response.getValue().getHeaders();
                    headers.forEach((header, h) -> {
                        if (h.getSchema() == null && h.getContent() == null) {
                            broken.add(status + ": header " + header + " without a schema");
                        }
                    });
                }
            }
        }
        document.getComponents().getSchemas().forEach((schemaName, schema) -> walk(schemaName, schema, broken));
        assertEquals(List.of(), broken);

        Schema<?> date = document.getComponents().getSchemas().get("Date"); // java.time.LocalDate, as JSON-B writes it
        assertEquals("string", date.getType());
        assertEquals("date", date.getFormat());
    }

    /** What Payara's scanner gets wrong, anywhere in a schema: an object no answer could satisfy, a list of lists of nothing. */
    private static void walk(String where, Schema<?> schema, List<String> broken) {
        if (schema == null) {
            return;
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            broken.add(where + ": maxProperties 0");
        }
        if ("array".equals(schema.getType()) && schema.getItems() != null && "array".equals(schema.getItems().getType())
                && schema.getItems().getItems() == null) {
            broken.add(where + ": an array of arrays of nothing");
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> walk(where + "." + name, property, broken));
        }
        walk(where + "[]", schema.getItems(), broken);
    }

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(document, null, options);
    }
}
