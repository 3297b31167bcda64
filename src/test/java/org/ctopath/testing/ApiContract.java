package org.ctopath.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The contract check: every {@code /api} exchange the integration tests made (written down by
 * {@link org.ctopath.testing.http.ApiExchanges}) against the OpenAPI document the same server
 * served, with Atlassian's swagger-request-validator. Maven runs it after the integration tests
 * ({@code post-integration-test}, {@code api-contract}); it fails the build naming each exchange
 * whose answer the document does not describe (status, media type, headers, body schema), and each
 * request the server accepted (2xx) that the document does not allow. A request the server refused
 * is not judged (tests send bad ones on purpose), but its answer is, and a path or method the
 * document lacks must be answered 404 or 405.
 */
public final class ApiContract {

    private ApiContract() {
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Path document = directory.resolve("openapi.json");
        if (!Files.isRegularFile(document)) {
            System.out.println("[api-contract] no API exchanges were recorded in " + directory + ": nothing to check");
            return;
        }
        List<JsonObject> exchanges = exchanges(directory);
        List<String> failures = check(Files.readString(document), exchanges);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The API answered " + failures.size() + " exchange(s) other than its OpenAPI document ("
                    + document + ") says:\n" + String.join("\n", failures));
        }
        System.out.println("[api-contract] " + exchanges.size() + " API exchanges agree with the OpenAPI document");
    }

    /** One line per exchange that disagrees with the document: the test, the operation, the status and each mismatch. */
    public static List<String> check(String document, List<JsonObject> exchanges) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
        List<String> failures = new ArrayList<>();
        for (JsonObject exchange : exchanges) {
            List<String> mismatches = mismatches(validator, exchange);
            if (!mismatches.isEmpty()) {
                failures.add(exchange.getString("test") + ": " + exchange.getString("method") + " " + exchange.getString("path")
                        + (exchange.getString("query").isEmpty() ? "" : "?" + exchange.getString("query")) + " answered "
                        + exchange.getInt("status") + ": " + String.join("; ", mismatches));
            }
        }
        return failures;
    }

    static List<String> mismatches(OpenApiInteractionValidator validator, JsonObject exchange) {
        Request.Method method = Request.Method.valueOf(exchange.getString("method"));
        String path = exchange.getString("path");
        int status = exchange.getInt("status");
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        exchange.getJsonObject("responseHeaders").forEach((name, value) -> response.withHeader(name, text(value)));
        if (exchange.containsKey("responseBody") && !exchange.getString("responseBody").isEmpty()) {
            response.withBody(exchange.getString("responseBody"));
        }
        List<String> mismatches = new ArrayList<>();
        for (ValidationReport.Message message : validator.validateResponse(path, method, response.build()).getMessages()) {
            if (message.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            boolean noSuchPath = message.getKey().equals("validation.request.path.missing");
            boolean noSuchMethod = message.getKey().equals("validation.request.operation.notAllowed");
            if (noSuchPath && status == 404 || noSuchMethod && status == 405) {
                continue; // the document has no such operation, and neither has the server
            }
            mismatches.add(describe(message));
        }
        boolean accepted = status >= 200 && status < 300;
        if (accepted && !exchange.getBoolean("requestBodyUnknown", false)) {
            for (ValidationReport.Message message : validator.validateRequest(request(exchange, method, path)).getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    mismatches.add("request accepted but not as documented: " + describe(message));
                }
            }
        }
        return mismatches;
    }

    private static Request request(JsonObject exchange, Request.Method method, String path) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        Map<String, List<String>> query = new TreeMap<>();
        for (String pair : exchange.getString("query").split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                query.computeIfAbsent(decode(parts[0]), k -> new ArrayList<>()).add(parts.length > 1 ? decode(parts[1]) : "");
            }
        }
        query.forEach(request::withQueryParam);
        exchange.getJsonObject("requestHeaders").forEach((name, value) -> request.withHeader(name, text(value)));
        if (exchange.containsKey("requestBody")) {
            request.withBody(exchange.getString("requestBody"));
        }
        return request.build();
    }

    private static String describe(ValidationReport.Message message) {
        String operation = message.getContext().flatMap(c -> c.getApiOperation())
                .map(o -> o.getOperation().getOperationId() == null ? o.getApiPath().original() : o.getOperation().getOperationId())
                .map(id -> "[" + id + "] ").orElse("");
        return operation + message.getKey() + ": " + message.getMessage().replaceAll("\\s+", " ");
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** Every exchange written down in {@code directory}, each file's in order. */
    static List<JsonObject> exchanges(Path directory) throws IOException {
        List<JsonObject> exchanges = new ArrayList<>();
        Set<Path> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(f -> f.getFileName().toString().endsWith(".jsonl")).forEach(files::add);
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    try (JsonReader reader = Json.createReader(new StringReader(line))) {
                        exchanges.add(reader.readObject());
                    } catch (RuntimeException e) {
                        throw new UncheckedIOException(new IOException("An exchange in " + file + " is not JSON: " + line, e));
                    }
                }
            }
        }
        return exchanges;
    }
}
