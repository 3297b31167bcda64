package org.ctopath.testing.http;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A client of the JSON API over plain HTTP, as another system calls it: each request brings the
 * token given (none when it is null) as {@code Authorization: Bearer}.
 */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String token;

    /** {@code baseURL} is the application's address (ArquillianResource); paths are below it, e.g. {@code /api/me}. */
    public Api(URL baseURL, String token) {
        this.base = baseURL.toExternalForm().replaceAll("/$", "");
        this.token = token;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return send("POST", path, "application/json", json);
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send("PUT", path, "application/json", json);
    }

    public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return send("DELETE", path, null, null);
    }

    /** Any request: {@code contentType} and {@code body} may be null. */
    public HttpResponse<String> send(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest sent = request.build();
        HttpResponse<String> response = HTTP.send(sent, HttpResponse.BodyHandlers.ofString());
        ApiExchanges.record(base, sent, body, response); // for the contract check against the OpenAPI document
        return response;
    }

    /** The body of an answer as a JSON object (a problem detail, a page, a record). */
    public static JsonObject object(HttpResponse<String> response) {
        return (JsonObject) json(response);
    }

    public static JsonStructure json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.read();
        }
    }
}
