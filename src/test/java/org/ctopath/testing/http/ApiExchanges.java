package org.ctopath.testing.http;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * Every {@code /api} exchange of the tests' HTTP clients ({@link Api}, {@link Visitor}), written down
 * for the contract check ({@code org.ctopath.testing.ApiContract}, after the integration tests),
 * which validates each request and answer against the OpenAPI document the same server served.
 *
 * <p>Where: the directory of the environment variable {@value #DIRECTORY} (Maven sets it for the
 * test JVM and the Payara Micro under test, which both run tests); without it nothing is written.
 * Each JVM appends one JSON object a line to {@code exchanges-<pid>.jsonl}, and the first exchange
 * of a JVM saves the server's document as {@code openapi.json}. Tokens are not written.
 */
public final class ApiExchanges {

    public static final String DIRECTORY = "API_EXCHANGES";

    /** The request headers the document can speak of; the rest (and the token itself) stay out. */
    private static final List<String> REQUEST_HEADERS = List.of("Content-Type", "Accept");

    private static boolean documentSaved;

    private ApiExchanges() {
    }

    /** Writes down an exchange of {@code base} (the application's address) when its path is under {@code /api/}. */
    public static void record(String base, HttpRequest request, String requestBody, HttpResponse<?> response) {
        String directory = System.getenv(DIRECTORY);
        URI uri = request.uri();
        String context = URI.create(base).getRawPath().replaceAll("/$", ""); // the suite deploys at /ctopath, users at the root
        String path = uri.getRawPath() == null || !uri.getRawPath().startsWith(context) ? "" : uri.getRawPath().substring(context.length());
        if (directory == null || directory.isBlank() || !path.startsWith("/api/")) {
            return;
        }
        JsonObjectBuilder requestHeaders = Json.createObjectBuilder();
        REQUEST_HEADERS.forEach(name -> request.headers().firstValue(name).ifPresent(v -> requestHeaders.add(name, v)));
        if (request.headers().firstValue("Authorization").isPresent()) {
            requestHeaders.add("Authorization", request.headers().firstValue("Authorization").get().replaceFirst(" .*", " (not written)"));
        }
        JsonObjectBuilder responseHeaders = Json.createObjectBuilder();
        for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
            if (header.getKey() != null && !header.getKey().startsWith(":")) {
                responseHeaders.add(header.getKey(), String.join(", ", header.getValue()));
            }
        }
        JsonObjectBuilder exchange = Json.createObjectBuilder()
                .add("test", caller())
                .add("method", request.method())
                .add("path", path)
                .add("query", uri.getRawQuery() == null ? "" : uri.getRawQuery())
                .add("requestHeaders", requestHeaders)
                .add("status", response.statusCode())
                .add("responseHeaders", responseHeaders);
        if (requestBody != null) {
            exchange.add("requestBody", requestBody);
        } else if (request.bodyPublisher().map(p -> p.contentLength() != 0).orElse(false)) {
            exchange.add("requestBodyUnknown", true); // sent by a client that does not keep it (Visitor): the request is not checked
        }
        if (response.body() instanceof String body) {
            exchange.add("responseBody", body);
        }
        write(Path.of(directory), base, exchange.build().toString());
    }

    private static synchronized void write(Path directory, String base, String line) {
        try {
            Files.createDirectories(directory);
            if (!documentSaved) {
                saveDocument(directory, base);
                documentSaved = true;
            }
            Files.writeString(directory.resolve("exchanges-" + ProcessHandle.current().pid() + ".jsonl"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The document as this server serves it (JSON), for the check to read after the server is gone. */
    private static void saveDocument(Path directory, String base) throws IOException, InterruptedException {
        URI root = URI.create(base + "/").resolve("/openapi");
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(root)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (document.statusCode() != 200) {
            throw new IllegalStateException("GET /openapi answered " + document.statusCode() + ": " + document.body());
        }
        Path part = Files.createTempFile(directory, "openapi", ".part");
        Files.writeString(part, document.body(), StandardCharsets.UTF_8);
        Files.move(part, directory.resolve("openapi.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The test method that made the exchange (Class.method), to name it in a failure. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().endsWith("IT") || f.getClassName().contains("IT$"))
                .findFirst().map(f -> f.getClassName().replaceFirst("^.*\\.", "") + "." + f.getMethodName()).orElse("?"));
    }
}
